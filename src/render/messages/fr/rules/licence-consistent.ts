import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Licence cohérente",
  why: "PLACEHOLDER",
  how: "PLACEHOLDER",
  outcomes: {
    pending: "Vérification pas encore disponible.",
  },
};
