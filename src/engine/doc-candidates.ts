/**
 * The documents the documentation rules read: the project's own Markdown, reStructuredText, AsciiDoc
 * and text files, root READMEs first, then by depth, capped so that a repository with thousands of
 * pages costs a bounded number of parses. HTML is left out (in docs folders it is a built site), and
 * so are work plans written for or by coding agents, which describe tasks, not the project, and
 * skeletons and examples (templates/, examples/).
 */
import type { Document, Section } from "./documents.js";
import { basename, dirname } from "./file-index.js";
import { join } from "./images.js";
import { byDepth, documentationFiles, normaliseHeading, rootReadmes } from "./locate.js";
import type { RuleContext } from "./types.js";
import { ARCHITECTURE_HEADING, nameTokens } from "./vocabulary.js";

/** Documents read at most per audit when searching sections; shallow (more central) documents first. */
export const MAX_SCANNED_DOCUMENTS = 60;

// Work-plan and skeleton folders are defined with the other places, in places.ts.
export { isSkeleton, isWorkPlan } from "./places.js";
import { isSkeleton, isWorkPlan } from "./places.js";

/** Neither a work plan nor a skeleton: a document that may say something about the project. */
export function mayDocumentProject(path: string): boolean {
  return !isWorkPlan(path) && !isSkeleton(path);
}

const TEXT_DOCUMENT = /\.(md|markdown|mdx|mdown|rst|adoc|asciidoc|txt|org)$|(^|\/)readme$/i;

const cache = new WeakMap<object, string[]>();

/** Every readable documentation file of the project, root READMEs first, then by depth. */
export function projectDocumentation(context: RuleContext): string[] {
  let list = cache.get(context.files);
  if (!list) {
    const readmes = mainReadmes(context);
    const rest = documentationFiles(context)
      .filter((path) => TEXT_DOCUMENT.test(path) && mayDocumentProject(path) && !readmes.includes(path))
      .sort(byDepth);
    list = [...readmes, ...rest];
    cache.set(context.files, list);
  }
  return list;
}

/**
 * The README a visitor sees: at the root, else in `.github/` or `docs/` where GitHub also looks.
 * Bilingual READMEs (README.md and README.fr.md) are all returned, the main one first.
 */
export function mainReadmes(context: RuleContext): string[] {
  const root = rootReadmes(context);
  if (root.length > 0) return root;
  return context.files.own.filter((path) => /^(\.github|docs)\/readme(\.[a-z]{2})?(\.(md|markdown|rst|txt|adoc))?$/i.test(path));
}

/** Parsed documents in scanning order, at most `limit`. */
export function* scannedDocuments(context: RuleContext, limit = MAX_SCANNED_DOCUMENTS): Generator<Document> {
  let read = 0;
  for (const path of projectDocumentation(context)) {
    if (read >= limit) return;
    const doc = context.docs.get(path);
    read++;
    if (doc) yield doc;
  }
}

/** Local documents a section links to ("see INSTALL.md"), as repository paths that exist. */
export function linkedDocuments(context: RuleContext, doc: Document, section: Section): string[] {
  const out: string[] = [];
  for (const link of section.links) {
    const url = link.url.trim();
    if (url === "" || url.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
    let reference = url.replace(/[?#].*$/, "");
    try {
      reference = decodeURIComponent(reference);
    } catch {
      // A malformed escape: keep the link as written.
    }
    const target = reference.startsWith("/") ? reference.replace(/^\/+/, "") : join(dirname(doc.path), reference);
    const found = context.files.has(target) ? target : context.files.resolveCaseInsensitive(target);
    if (found && found !== doc.path && TEXT_DOCUMENT.test(found) && !out.includes(found)) out.push(found);
  }
  return out;
}

/** The paragraphs written directly under a section's heading, before its first sub-heading. */
export function ownProse(section: Section): string[] {
  return section.prose.filter((p) => p.line <= section.ownEndLine).map((p) => p.text);
}

const ARCHITECTURE_DOCUMENT_WORDS = new Set(["architecture", "architectures", "archi", "dat"]);

/**
 * An architecture document: named or placed so (ARCHITECTURE.md, docs/architecture/, dat/ — the French
 * "dossier d'architecture technique"), or titled so ("# Architecture technique").
 */
export function isArchitectureDocument(doc: Document): boolean {
  const words = doc.path.split("/").flatMap((segment) => nameTokens(segment));
  if (words.some((w) => ARCHITECTURE_DOCUMENT_WORDS.has(w))) return true;
  if (/dossier d architecture/.test(normaliseHeading(doc.path))) return true;
  const title = doc.headings[0];
  return title !== undefined && title.depth === 1 && ARCHITECTURE_HEADING.test(normaliseHeading(title.text));
}
