import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Maintainers and contact",
  why: "PLACEHOLDER",
  how: "PLACEHOLDER",
  outcomes: {
    pending: "Check not available yet.",
  },
};
