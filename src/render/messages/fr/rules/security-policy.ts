import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Politique de sécurité",
  why: "Quelqu'un qui découvre une faille doit savoir à qui la signaler en privé plutôt que dans une issue publique, surtout pour un service de l'État.",
  how: "Ajoutez un `SECURITY.md` (à la racine ou dans `.github/`) : l'adresse à laquelle signaler une vulnérabilité, le délai de réponse, les versions suivies.",
  template: "SECURITY.md",
  outcomes: {
    configured: ({ path }, f) => `Politique de sécurité désignée par la configuration : ${f.code(path)}.`,
    file: ({ path }, f) => `Politique de sécurité : ${f.code(path)}.`,
    "security-txt": ({ path }, f) => `Contact de sécurité publié dans ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section « ${f.text(heading)} » de ${f.code(path)}.`,
    "security-txt-without-contact": ({ path }, f) => `${f.code(path)} existe mais n'a pas de champ \`Contact:\`, le seul obligatoire.`,
    missing: "Aucune politique de sécurité (SECURITY, security.txt ni section « Sécurité » donnant un contact).",
  },
};
