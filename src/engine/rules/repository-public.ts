/** repository-public: PLACEHOLDER until implemented. */
import type { Rule } from "../types.js";

export const rule: Rule = {
  id: "repository-public",
  axis: "ouverture",
  defaultLevel: "required",
  check() {
    return { status: "skip", evidence: [], message: { key: "repository-public.pending" } };
  },
};
