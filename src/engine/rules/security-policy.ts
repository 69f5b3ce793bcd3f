/** security-policy: PLACEHOLDER until implemented. */
import type { Rule } from "../types.js";

export const rule: Rule = {
  id: "security-policy",
  axis: "fiabilisation",
  defaultLevel: "recommended",
  check() {
    return { status: "skip", evidence: [], message: { key: "security-policy.pending" } };
  },
};
