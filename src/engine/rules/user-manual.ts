/** user-manual: PLACEHOLDER until implemented. */
import type { Rule } from "../types.js";

export const rule: Rule = {
  id: "user-manual",
  axis: "transmission",
  defaultLevel: "recommended",
  check() {
    return { status: "skip", evidence: [], message: { key: "user-manual.pending" } };
  },
};
