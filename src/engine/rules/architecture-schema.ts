/** architecture-schema: PLACEHOLDER until implemented. */
import type { Rule } from "../types.js";

export const rule: Rule = {
  id: "architecture-schema",
  axis: "deploiement",
  defaultLevel: "required",
  check() {
    return { status: "skip", evidence: [], message: { key: "architecture-schema.pending" } };
  },
};
