/**
 * The seam between what rules read and where a source gets it. Each rule declares the kinds of files
 * it reads (`Rule.inputs.reads`); this module says which paths each kind covers. The local source
 * reads lazily, so it needs none of this; the GitHub source fetches texts up front and derives the
 * list from these declarations (plus licence discovery, `src/licence/locations.ts`), so the App reads
 * what the CLI reads.
 *
 * The predicates reuse the engine's own tests (README names, document formats, vendored folders) and
 * are deliberately a little wider than any one rule's search: fetching a file no rule opens costs a
 * few bytes, missing one a rule opens changes a verdict.
 */
import { documentFormat } from "./documents.js";
import { basename, isVendoredPath } from "./file-index.js";
import { DIAGRAM_SOURCE } from "./images.js";
import { isReadmeName } from "./locate.js";

export const READ_KINDS = ["readme", "documentation", "manifests", "community", "diagram-sources", "publiccode", "licences"] as const;
export type ReadKind = (typeof READ_KINDS)[number];

/** Package and build manifests that name, describe or license a project. */
export const MANIFEST_NAMES = new Set([
  "package.json", "pyproject.toml", "setup.cfg", "setup.py", "description", "composer.json", "cargo.toml", "pom.xml", "build.gradle",
  "build.gradle.kts", "go.mod", "gemfile", "mix.exs", "pubspec.yaml", "mkdocs.yml", "mkdocs.yaml", "antora.yml", "citation.cff",
  "docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml", "procfile", "codemeta.json",
]);
/** Manifests deeper than this are a component's, read by no rule. */
const MANIFEST_DEPTH = 2;

/** Files that name people, owners or policies: CODEOWNERS, MAINTAINERS, AUTHORS, SECURITY… */
const COMMUNITY_NAME = /^(codeowners|maintainers?|authors?|contributors?|owners|security|securite|support|governance|code_of_conduct|funding)(\.[a-z]+)?$/i;

/** A document no rule would parse: a built site's HTML page, a data or code file. */
function isDocumentPath(path: string): boolean {
  const format = documentFormat(path);
  if (format === undefined || format === "html") return false;
  if (format !== "text") return true;
  // Plain text: `.txt`, and extension-less files written in capitals (INSTALL, AUTHORS, README), not scripts.
  const name = basename(path);
  return /\.txt$/i.test(name) || (/^[A-Z][A-Z0-9_-]*$/.test(name) && name.length > 2) || isReadmeName(name);
}

const PREDICATES: Record<ReadKind, (path: string, name: string, depth: number) => boolean> = {
  readme: (_path, name, depth) => isReadmeName(name) && (depth === 0 || /^(\.github|docs)\//i.test(_path)),
  documentation: (path) => isDocumentPath(path),
  manifests: (_path, name, depth) => depth <= MANIFEST_DEPTH && (MANIFEST_NAMES.has(name.toLowerCase()) || /\.(gemspec|cabal|nuspec)$/i.test(name)),
  community: (path, name, depth) => COMMUNITY_NAME.test(name) && (depth === 0 || /^(\.github|docs)\//i.test(path)),
  "diagram-sources": (path) => DIAGRAM_SOURCE.test(path) && !/\.(png|svg)$/i.test(path),
  publiccode: (_path, name) => /^publiccode\.ya?ml$/i.test(name),
  licences: (_path, name) => /^(licen[cs]e|copying|unlicen[cs]e)([-._][^/]*)?$/i.test(name),
};

/**
 * What audit() itself reads before any rule: licence files and manifests of sub-folders, to tell a
 * third-party project copied in from the repository's own components (nested-projects.ts).
 */
export const ENGINE_READS: readonly ReadKind[] = ["licences", "manifests"];

/** Whether a file of the kind may be read by a rule that declares it. Vendored trees are never read. */
export function isPlaceOf(kind: ReadKind, path: string): boolean {
  if (isVendoredPath(path)) return false;
  return PREDICATES[kind](path, basename(path), path.split("/").length - 1);
}

/** The kinds a path belongs to, among those asked for. */
export function kindsOf(path: string, kinds: Iterable<ReadKind>): ReadKind[] {
  if (isVendoredPath(path)) return [];
  const name = basename(path);
  const depth = path.split("/").length - 1;
  return [...kinds].filter((kind) => PREDICATES[kind](path, name, depth));
}
