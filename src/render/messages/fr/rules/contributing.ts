import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Guide de contribution",
  why: "Sans règles de contribution, personne hors de l'équipe ne sait comment proposer une correction ni qui la relira.",
  how: "Ajoutez un fichier `CONTRIBUTING.md` (à la racine ou dans `.github/`) : comment lancer le projet en local, les tests, le format des propositions.",
  template: "CONTRIBUTING.md",
  outcomes: {
    file: ({ path }, f) => `Guide de contribution : ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section « ${f.text(heading)} » de ${f.code(path)}.`,
    missing: "Aucun guide de contribution (fichier CONTRIBUTING ni section de README).",
  },
};
