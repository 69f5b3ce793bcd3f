import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Licence file",
  why: "PLACEHOLDER",
  how: "PLACEHOLDER",
  outcomes: {
    pending: "Check not available yet.",
  },
};
