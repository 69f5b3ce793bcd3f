/** install-docs: PLACEHOLDER until implemented. */
import type { Rule } from "../types.js";

export const rule: Rule = {
  id: "install-docs",
  axis: "deploiement",
  defaultLevel: "required",
  check() {
    return { status: "skip", evidence: [], message: { key: "install-docs.pending" } };
  },
};
