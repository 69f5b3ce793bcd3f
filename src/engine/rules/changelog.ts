/** changelog: what changed between versions, so that the host IT department knows what it deploys. */
import { filesNamed, findSections, rootReadmes, sectionEvidence } from "../locate.js";
import { fail, pass } from "../outcome.js";
import { titledDocument, versionedDocument } from "../titled-documents.js";
import type { Rule } from "../types.js";

const FILE = /^(changelog|changes|history|news|releases?|release[-_]notes|historique|journal[-_]des[-_]modifications)(\.[a-z]{2})?(\.(md|markdown|rst|txt|adoc))?$/i;
const PLACES = /^(|\.github\/|docs?\/)[^/]+$/i;
const HEADING = /\b(changelog|change log|historique des versions|historique des modifications|journal des modifications|release notes|notes de version|nouveautes|version history|changes)\b/;

export const rule: Rule = {
  id: "changelog",
  axis: "transmission",
  defaultLevel: "recommended",
  inputs: { reads: ["documentation"], configuredPaths: "fallback" },
  check(context) {
    const file = filesNamed(context, FILE).find((path) => PLACES.test(path)) ?? context.files.ownMatchingGlobs(context.paths)[0];
    if (file) return pass("changelog.file", [{ path: file }], { path: file });
    const match = findSections(context, rootReadmes(context), HEADING)[0];
    if (match) return pass("changelog.section", [sectionEvidence(match)], { path: match.doc.path, heading: match.section.heading.text });
    // By content, wherever it is kept: a page titled so, or one whose headings are versions ("## 1.2.0 - 2024-03-01").
    const page = titledDocument(context, HEADING, 40) ?? versionedDocument(context);
    if (page) return pass("changelog.file", [{ path: page }], { path: page });
    if (context.snapshot.metadata.hasReleases) return pass("changelog.releases");
    return fail("changelog.missing");
  },
};
