import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Manuel utilisateur",
  why: "PLACEHOLDER",
  how: "PLACEHOLDER",
  outcomes: {
    pending: "Vérification pas encore disponible.",
  },
};
