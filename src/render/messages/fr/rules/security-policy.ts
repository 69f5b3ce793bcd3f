import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Politique de sécurité",
  why: "PLACEHOLDER",
  how: "PLACEHOLDER",
  outcomes: {
    pending: "Vérification pas encore disponible.",
  },
};
