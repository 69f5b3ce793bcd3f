import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Mainteneurs et contact",
  why: "PLACEHOLDER",
  how: "PLACEHOLDER",
  outcomes: {
    pending: "Vérification pas encore disponible.",
  },
};
