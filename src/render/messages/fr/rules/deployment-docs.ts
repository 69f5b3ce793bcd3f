import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Guide de déploiement et d'exploitation",
  why: "Pour que l'administration fasse tourner le service après le départ de l'équipe, il faut écrire comment on le met en production et comment on l'exploite.",
  how: "Ajoutez un fichier `DEPLOYMENT.md` (ou une section « Déploiement ») : environnements, configuration, commandes de mise en production, sauvegardes, supervision, mises à jour.",
  template: "DEPLOYMENT.md",
  outcomes: {
    configured: ({ path }, f) => `Guide de déploiement désigné par la configuration : ${f.code(path)}.`,
    guide: ({ path }, f) => `Guide de déploiement : ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section « ${f.text(heading)} » de ${f.code(path)}.`,
    "descriptors-only": ({ descriptors, count }, f) =>
      `Des fichiers de déploiement existent (${f.list(descriptors)}${Number(count) > 5 ? "…" : ""}) mais aucun guide n'explique comment mettre en production ni exploiter.`,
    "no-software": "Le dépôt ne contient pas de logiciel (seulement des documents) : rien à déployer.",
    missing: "Aucun guide de déploiement ni fichier de déploiement (Dockerfile, docker-compose, Helm, Ansible…).",
  },
};
