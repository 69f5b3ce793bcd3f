/** publiccode: PLACEHOLDER until implemented. */
import type { Rule } from "../types.js";

export const rule: Rule = {
  id: "publiccode",
  axis: "ouverture",
  defaultLevel: "recommended",
  check() {
    return { status: "skip", evidence: [], message: { key: "publiccode.pending" } };
  },
};
