import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Fichier publiccode.yml",
  why: "PLACEHOLDER",
  how: "PLACEHOLDER",
  outcomes: {
    pending: "Vérification pas encore disponible.",
  },
};
