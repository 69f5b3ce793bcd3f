import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "publiccode.yml file",
  why: "PLACEHOLDER",
  how: "PLACEHOLDER",
  outcomes: {
    pending: "Check not available yet.",
  },
};
