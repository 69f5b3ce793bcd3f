/** roadmap: PLACEHOLDER until implemented. */
import type { Rule } from "../types.js";

export const rule: Rule = {
  id: "roadmap",
  axis: "transmission",
  defaultLevel: "recommended",
  check() {
    return { status: "skip", evidence: [], message: { key: "roadmap.pending" } };
  },
};
