/** deployment-docs: PLACEHOLDER until implemented. */
import type { Rule } from "../types.js";

export const rule: Rule = {
  id: "deployment-docs",
  axis: "deploiement",
  defaultLevel: "recommended",
  check() {
    return { status: "skip", evidence: [], message: { key: "deployment-docs.pending" } };
  },
};
