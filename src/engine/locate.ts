/** Shared look-ups for rules: which files are documentation, and which sections a heading pattern finds. */
import type { Document, Section } from "./documents.js";
import { documentFormat } from "./documents.js";
import { basename } from "./file-index.js";
import { projectFiles } from "./nested-projects.js";
import type { Evidence, RuleContext } from "./types.js";

// Name normalisation and README names are defined with the other places, in places.ts.
export { isReadmeName, normaliseHeading } from "./places.js";
import { ENGLISH_OR_DEFAULT_README, README_NAME, isReadmeName, normaliseHeading } from "./places.js";

/** Root READMEs, the main one first (README.md over README.fr.md over README.txt). */
export function rootReadmes(context: RuleContext): string[] {
  return context.files.root
    .filter(isReadmeName)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function rank(path: string): number {
  if (ENGLISH_OR_DEFAULT_README.test(path)) return /\.(md|markdown)$/i.test(path) ? 0 : 1;
  return 2;
}

const DOC_DIRS = /^(docs?|documentation|wiki|guides?|manuals?|\.github)\//i;

/**
 * The project's own documentation files: root documents, docs/ trees, and READMEs anywhere outside
 * vendored trees and third-party projects copied into the repository (see nested-projects.ts).
 * Computed once per audit: several rules ask, and the tree may hold 100,000 files.
 */
export function documentationFiles(context: RuleContext): string[] {
  let list = documentationCache.get(context.files);
  if (!list) {
    list = projectFiles(context).filter(isDocumentationFile);
    documentationCache.set(context.files, list);
  }
  return [...list];
}

const documentationCache = new WeakMap<object, string[]>();
const DOCS_ANYWHERE = /(^|\/)(docs?|documentation)\//i;

function isDocumentationFile(path: string): boolean {
  // Place first (one or two cheap tests), format second: most files of a big tree are code outside docs folders.
  const nested = path.includes("/");
  const name = nested ? basename(path) : path;
  const readme = README_NAME.test(name);
  if (nested && !readme && !DOC_DIRS.test(path) && !DOCS_ANYWHERE.test(path)) return false;
  const format = documentFormat(path);
  return format !== undefined && (format !== "text" || /\.txt$/i.test(path) || readme);
}

export interface SectionMatch {
  doc: Document;
  section: Section & { heading: NonNullable<Section["heading"]> };
}

/** Sections of the given documents whose normalised heading matches. */
export function findSections(context: RuleContext, paths: readonly string[], heading: RegExp): SectionMatch[] {
  const matches: SectionMatch[] = [];
  for (const path of paths) {
    const doc = context.docs.get(path);
    if (!doc) continue;
    for (const section of doc.sections) {
      if (section.heading && heading.test(normaliseHeading(section.heading.text))) {
        matches.push({ doc, section: section as SectionMatch["section"] });
      }
    }
  }
  return matches;
}

export function sectionEvidence(match: SectionMatch): Evidence {
  return { path: match.doc.path, line: match.section.heading.line, heading: match.section.heading.text };
}

/** Own files (third-party projects excluded) whose base name matches, root first, then by depth. */
export function filesNamed(context: RuleContext, name: RegExp, options: { rootOnly?: boolean } = {}): string[] {
  const pool = options.rootOnly ? context.files.root : projectFiles(context);
  return pool.filter((path) => name.test(basename(path))).sort(byDepth);
}

export function byDepth(a: string, b: string): number {
  return a.split("/").length - b.split("/").length || a.localeCompare(b);
}

/** Whether a text has real content: at least `minimum` letters once markup is stripped. */
export function hasSubstance(text: string, minimum = 40): boolean {
  const letters = text.replace(/```[\s\S]*?```/g, "").replace(/<[^>]+>/g, "").replace(/\[[^\]]*\]\([^)]*\)/g, "x").match(/\p{L}/gu);
  return (letters?.length ?? 0) >= minimum;
}
