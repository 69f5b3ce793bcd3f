/** maintainer-contact: PLACEHOLDER until implemented. */
import type { Rule } from "../types.js";

export const rule: Rule = {
  id: "maintainer-contact",
  axis: "fiabilisation",
  defaultLevel: "recommended",
  check() {
    return { status: "skip", evidence: [], message: { key: "maintainer-contact.pending" } };
  },
};
