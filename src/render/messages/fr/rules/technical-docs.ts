import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Documentation technique",
  why: "Les développeurs qui reprennent le projet ont besoin de savoir comment le code est organisé et pourquoi, sans devoir tout relire.",
  how: "Rédigez quelques pages dans `docs/` (organisation du code, choix techniques, conventions, tests) ou une section « Développement » dans le README.",
  outcomes: {
    configured: ({ path }, f) => `Documentation technique désignée par la configuration : ${f.code(path)}.`,
    site: ({ path }, f) => `Site de documentation configuré par ${f.code(path)}.`,
    folder: ({ path, page }, f) => `Documentation dans ${f.code(path)} (par exemple ${f.code(page)}).`,
    file: ({ path }, f) => `Documentation technique : ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section « ${f.text(heading)} » de ${f.code(path)}.`,
    "no-software": "Le dépôt ne contient pas de logiciel (seulement des documents) : pas de documentation technique attendue.",
    missing: "Aucune documentation technique : ni dossier docs/ avec du contenu, ni site de documentation, ni section sur le développement.",
  },
};
