/** licence-consistent: PLACEHOLDER until implemented. */
import type { Rule } from "../types.js";

export const rule: Rule = {
  id: "licence-consistent",
  axis: "ouverture",
  defaultLevel: "recommended",
  check() {
    return { status: "skip", evidence: [], message: { key: "licence-consistent.pending" } };
  },
};
