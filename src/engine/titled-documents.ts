/**
 * Documents recognised by what they say rather than where they are kept: a page of the project's own
 * documentation whose title names its kind ("# Règles de contribution" in `contribuer/regles.md`), or
 * a page whose headings are versions (a changelog under any name).
 */
import { mayDocumentProject, projectDocumentation } from "./doc-candidates.js";
import type { Document } from "./documents.js";
import { byDepth, hasSubstance, normaliseHeading } from "./locate.js";
import { projectFiles } from "./nested-projects.js";
import type { RuleContext } from "./types.js";

/** Pages read at most, beyond the documentation the other rules scan: a bounded cost on a 100,000-file tree. */
export const MAX_TITLED_DOCUMENTS = 60;
const TEXT_DOCUMENT = /\.(md|markdown|mdx|rst|adoc|asciidoc|org|txt)$/i;

const cache = new WeakMap<object, string[]>();

/** The project's documentation, then its other text documents (`contribuer/regles.md`, `notes/versions.md`), shallowest first. */
function* pages(context: RuleContext): Generator<Document> {
  let list = cache.get(context.files);
  if (!list) {
    const known = projectDocumentation(context).slice(0, MAX_TITLED_DOCUMENTS);
    const seen = new Set(known);
    const others = projectFiles(context).filter((path) => TEXT_DOCUMENT.test(path) && !seen.has(path) && mayDocumentProject(path) && !/(^|\/)requirements[^/]*\.txt$/i.test(path)).sort(byDepth).slice(0, MAX_TITLED_DOCUMENTS);
    list = [...known, ...others];
    cache.set(context.files, list);
  }
  for (const path of list) {
    const doc = context.docs.get(path);
    if (doc) yield doc;
  }
}

/** The first documentation page whose title (its first heading) matches, with at least `letters` of text. */
export function titledDocument(context: RuleContext, title: RegExp, letters: number): string | undefined {
  for (const doc of pages(context)) {
    const first = doc.headings[0];
    if (first && title.test(normaliseHeading(first.text)) && hasSubstance(doc.text, letters)) return doc.path;
  }
  return undefined;
}

/** A version heading: "1.2.0", "v0.3", "[1.0.0] - 2024-01-01", "Version 2.1 (mars 2023)". */
const VERSION_HEADING = /^(\[?v?\d+\.\d+(\.\d+)?([-.][\w.]+)?\]?|version \d+(\.\d+)+)(\s|$|[-–(:])/i;
/** A changelog lists at least this many versions. */
export const MIN_VERSIONS = 2;

/** The first documentation page with at least MIN_VERSIONS version headings. */
export function versionedDocument(context: RuleContext): string | undefined {
  for (const doc of pages(context)) {
    if (doc.headings.filter((h) => VERSION_HEADING.test(h.text.trim())).length >= MIN_VERSIONS) return doc.path;
  }
  return undefined;
}
