/** contributing: a contribution guide, so that someone outside the team knows how to propose changes. */
import { filesNamed, findSections, hasSubstance, rootReadmes, sectionEvidence } from "../locate.js";
import { fail, pass } from "../outcome.js";
import type { Rule } from "../types.js";

const FILE = /^contributing(\.[a-z]{2})?(\.(md|markdown|rst|txt|adoc))?$/i;
const PLACES = /^(|\.github\/|docs?\/)[^/]+$/i;
const HEADING = /\b(contribu\w*|participer|comment aider|how to help)\b/;

export const rule: Rule = {
  id: "contributing",
  axis: "transmission",
  defaultLevel: "recommended",
  check(context) {
    const file = filesNamed(context, FILE).find((path) => PLACES.test(path)) ?? context.files.ownMatchingGlobs(context.paths)[0];
    if (file) return pass("contributing.file", [{ path: file }], { path: file });
    // A README section counts when it says more than "PRs welcome".
    const match = findSections(context, rootReadmes(context), HEADING).find((m) => hasSubstance(m.section.body, 80));
    if (match) return pass("contributing.section", [sectionEvidence(match)], { path: match.doc.path, heading: match.section.heading.text });
    return fail("contributing.missing");
  },
};
