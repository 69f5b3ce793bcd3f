/** technical-docs: PLACEHOLDER until implemented. */
import type { Rule } from "../types.js";

export const rule: Rule = {
  id: "technical-docs",
  axis: "transmission",
  defaultLevel: "recommended",
  check() {
    return { status: "skip", evidence: [], message: { key: "technical-docs.pending" } };
  },
};
