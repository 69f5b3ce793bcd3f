import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Guide de déploiement et d'exploitation",
  why: "PLACEHOLDER",
  how: "PLACEHOLDER",
  outcomes: {
    pending: "Vérification pas encore disponible.",
  },
};
