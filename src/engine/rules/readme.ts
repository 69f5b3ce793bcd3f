/** readme: PLACEHOLDER until implemented. */
import type { Rule } from "../types.js";

export const rule: Rule = {
  id: "readme",
  axis: "transmission",
  defaultLevel: "required",
  check() {
    return { status: "skip", evidence: [], message: { key: "readme.pending" } };
  },
};
