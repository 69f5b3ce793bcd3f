import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Manuel utilisateur",
  why: "Sans guide d'utilisation, les agents qui reprennent l'outil dépendent de l'équipe du défi pour former chaque nouvel utilisateur.",
  how: "Rédigez un guide pour les utilisateurs (`docs/guide-utilisateur.md` ou une section « Utilisation » du README) : à quoi sert chaque écran, les parcours courants, les questions fréquentes, avec des captures d'écran.",
  template: "USER-GUIDE.md",
  outcomes: {
    configured: ({ path }, f) => `Manuel utilisateur désigné par la configuration : ${f.code(path)}.`,
    file: ({ path }, f) => `Manuel utilisateur : ${f.code(path)}.`,
    page: ({ path, heading }, f) => `Page « ${f.text(heading)} » : ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section « ${f.text(heading)} » de ${f.code(path)}.`,
    "commands-only": ({ path, heading }, f) =>
      `La section « ${f.text(heading)} » de ${f.code(path)} ne contient que des commandes : elle s'adresse aux développeurs, pas aux utilisateurs.`,
    missing: "Aucune documentation pour les utilisateurs (manuel, guide, FAQ ni section « Utilisation » ou « Fonctionnalités »).",
  },
};
