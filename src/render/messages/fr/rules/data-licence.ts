import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Licence des données",
  why: "PLACEHOLDER",
  how: "PLACEHOLDER",
  outcomes: {
    pending: "Vérification pas encore disponible.",
  },
};
