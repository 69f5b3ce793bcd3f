/** contributing: a contribution guide, so that someone outside the team knows how to propose changes. */
import { filesNamed, findSections, hasSubstance, rootReadmes, sectionEvidence } from "../locate.js";
import { fail, pass } from "../outcome.js";
import { titledDocument } from "../titled-documents.js";
import type { Rule } from "../types.js";

const FILE = /^contributing(\.[a-z]{2})?(\.(md|markdown|rst|txt|adoc))?$/i;
const PLACES = /^(|\.github\/|docs?\/)[^/]+$/i;
const HEADING = /\b(contribu\w*|participer|comment aider|how to help)\b/;
/** A section under another heading ("Modifier le schéma") that still invites changes through the forge. */
const FORGE_PROPOSAL = /(pull|merge)[- ]?requests?|\bfork/i;
const PR_ABBREVIATION = /\b(PR|MR)s?\b/; // case-sensitive: "Mr" is not a merge request
const INVITATION = /bienvenu|welcome|n['’]?h[ée]sitez|feel free|vous pouvez|you can|propos|contribu/i;

export const rule: Rule = {
  id: "contributing",
  axis: "transmission",
  defaultLevel: "recommended",
  inputs: { reads: ["documentation"], configuredPaths: "fallback" },
  check(context) {
    const file = filesNamed(context, FILE).find((path) => PLACES.test(path)) ?? context.files.ownMatchingGlobs(context.paths)[0];
    if (file) return pass("contributing.file", [{ path: file }], { path: file });
    // A README section counts when it says more than "PRs welcome".
    const match = findSections(context, rootReadmes(context), HEADING).find((m) => hasSubstance(m.section.body, 80));
    if (match) return pass("contributing.section", [sectionEvidence(match)], { path: match.doc.path, heading: match.section.heading.text });
    // A page of the documentation, wherever it is kept, whose title says so ("# Règles de contribution" in contribuer/regles.md).
    const page = titledDocument(context, HEADING, 80);
    if (page) return pass("contributing.file", [{ path: page }], { path: page });
    const invitation = findSections(context, rootReadmes(context), /./)
      .filter((m) => (FORGE_PROPOSAL.test(m.section.body) || PR_ABBREVIATION.test(m.section.body)) && INVITATION.test(m.section.body) && hasSubstance(m.section.body, 80))
      // Sections hold their sub-sections: the narrowest one is where the invitation is written.
      .sort((a, b) => a.section.endLine - a.section.startLine - (b.section.endLine - b.section.startLine))[0];
    if (invitation) return pass("contributing.section", [sectionEvidence(invitation)], { path: invitation.doc.path, heading: invitation.section.heading.text });
    return fail("contributing.missing");
  },
};
