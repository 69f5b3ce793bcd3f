import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Schéma d'architecture",
  why: "PLACEHOLDER",
  how: "PLACEHOLDER",
  outcomes: {
    pending: "Vérification pas encore disponible.",
  },
};
