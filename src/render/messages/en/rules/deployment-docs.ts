import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Deployment and operations guide",
  why: "PLACEHOLDER",
  how: "PLACEHOLDER",
  outcomes: {
    pending: "Check not available yet.",
  },
};
