/** licence-file: PLACEHOLDER until implemented. */
import type { Rule } from "../types.js";

export const rule: Rule = {
  id: "licence-file",
  axis: "ouverture",
  defaultLevel: "required",
  check() {
    return { status: "skip", evidence: [], message: { key: "licence-file.pending" } };
  },
};
