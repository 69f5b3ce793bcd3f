import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Journal des modifications",
  why: "La DSI qui reprend le projet doit savoir ce qui change d'une version à l'autre avant de déployer.",
  how: "Tenez un fichier `CHANGELOG.md` (format « Keep a Changelog ») ou publiez des releases GitHub avec leurs notes.",
  outcomes: {
    file: ({ path }, f) => `Journal des modifications : ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section « ${f.text(heading)} » de ${f.code(path)}.`,
    releases: "Les releases GitHub tiennent lieu de journal des modifications.",
    missing: "Aucun journal des modifications (CHANGELOG, HISTORY, NEWS) ni release publiée.",
  },
};
