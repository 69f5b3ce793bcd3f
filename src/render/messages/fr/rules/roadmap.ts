import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Feuille de route",
  why: "PLACEHOLDER",
  how: "PLACEHOLDER",
  outcomes: {
    pending: "Vérification pas encore disponible.",
  },
};
