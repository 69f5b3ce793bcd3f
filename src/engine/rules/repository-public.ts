/**
 * repository-public: the code is published. Only the hosting platform knows a repository's
 * visibility, so a local directory is skipped rather than guessed.
 */
import { fail, pass, skip } from "../outcome.js";
import type { Rule } from "../types.js";

export const rule: Rule = {
  id: "repository-public",
  axis: "ouverture",
  defaultLevel: "required",
  inputs: { reads: [] },
  check(context) {
    const { source, visibility, fullName } = context.snapshot.metadata;
    if (source === "local") return skip("repository-public.local");
    if (visibility === "public") return pass("repository-public.public", [], { repository: fullName });
    if (visibility === "private" || visibility === "internal") return fail("repository-public.not-public", [], { repository: fullName, visibility });
    return skip("repository-public.unknown", [], { repository: fullName });
  },
};
