/** data-licence: PLACEHOLDER until implemented. */
import type { Rule } from "../types.js";

export const rule: Rule = {
  id: "data-licence",
  axis: "ouverture",
  defaultLevel: "recommended",
  check() {
    return { status: "skip", evidence: [], message: { key: "data-licence.pending" } };
  },
};
