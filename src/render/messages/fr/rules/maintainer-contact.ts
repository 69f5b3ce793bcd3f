import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Mainteneurs et contact",
  why: "Une fois le défi terminé, l'administration et les réutilisateurs doivent savoir qui répond du code et comment le joindre.",
  how: "Ajoutez un fichier `MAINTAINERS.md` (ou `CODEOWNERS`) ou une section « Contact » au README qui nomme la personne ou l'équipe responsable avec une adresse e-mail ou un lien.",
  template: "MAINTAINERS.md",
  outcomes: {
    configured: ({ path }, f) => `Contact désigné par la configuration : ${f.code(path)}.`,
    codeowners: ({ path }, f) => `Responsables du code déclarés dans ${f.code(path)}.`,
    "maintainers-file": ({ path }, f) => `Mainteneurs : ${f.code(path)}.`,
    publiccode: ({ path }, f) => `Contacts de maintenance dans ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section « ${f.text(heading)} » de ${f.code(path)}.`,
    sentence: ({ path }, f) => `Mainteneur et moyen de contact indiqués dans ${f.code(path)}.`,
    missing:
      "Personne n'est désigné comme mainteneur ou contact (les crédits, mentions de copyright et champs `author` des manifestes ne suffisent pas).",
  },
};
