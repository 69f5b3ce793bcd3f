/**
 * Where things are, in one module: README names, document formats, vendored / generated / fixture
 * folders, work-plan and skeleton folders, community-file places, image and diagram-source names,
 * badge services, name normalisation — and, on top of them, the kinds of files rules declare they
 * read (`Rule.inputs.reads`). The local source reads lazily and needs none of the kinds; the GitHub
 * source fetches texts up front and derives its list from the declarations (plus licence discovery,
 * `src/licence/locations.ts`), so the App reads what the CLI reads.
 *
 * A leaf module: it imports nothing from the engine, so every other module can build on it. The kind
 * predicates are deliberately a little wider than any one rule's search: fetching a file no rule
 * opens costs a few bytes, missing one a rule opens changes a verdict.
 */

function basename(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? path : path.slice(slash + 1);
}

function dirname(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

/** Path segments that hold third-party or generated files, whose documentation is not the project's. */
const VENDORED_SEGMENTS = new Set([
  "node_modules",
  "bower_components",
  "jspm_packages",
  "vendor",
  "vendors",
  "third_party",
  "third-party",
  "thirdparty",
  "external",
  "site-packages",
  "venv",
  ".venv",
  "__pycache__",
  ".git",
  "dist",
  "build",
  "_build",
  "_site",
  "target",
  "coverage",
  ".next",
  ".nuxt",
  ".docusaurus",
  ".cache",
  // Test data stands for other repositories: its documents are not the project's.
  "fixtures",
  "__fixtures__",
  "testdata",
]);

/** The same folders as one expression: a single test per path, no splitting of 100,000 paths. */
const VENDORED_FOLDER = new RegExp(`(^|/)(${[...VENDORED_SEGMENTS].map((s) => s.replace(/[.]/g, "\\.")).join("|")})/`, "i");

export function isVendoredPath(path: string): boolean {
  return VENDORED_FOLDER.test(path);
}

// README names and name normalisation.
/**
 * A heading reduced to comparable words: lower case, accents and emoji removed, punctuation as spaces.
 * "🚀 Démarrage rapide !" becomes "demarrage rapide".
 */
export function normaliseHeading(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export const README_NAME = /^readme(\.[a-z]{2}(-[a-z]{2})?)?(\.(md|markdown|rst|txt|adoc|asciidoc|org))?$/i;
export const ENGLISH_OR_DEFAULT_README = /^readme(\.(md|markdown|rst|txt|adoc|asciidoc|org))?$/i;

/** README, readme.md, README.fr.md, README.rst…: a file name that GitHub would show as the README. */
export function isReadmeName(name: string): boolean {
  return README_NAME.test(name);
}

// Document formats.
const MARKDOWN = /\.(md|markdown|mdx|mdown)$/i;
const RST = /\.rst$/i;
const ASCIIDOC = /\.(adoc|asciidoc)$/i;
const ORG = /\.org$/i;
const HTML = /\.html?$/i;
const PLAIN = /(\.txt$|^[^.]*$|\/[^./]*$)/i;

export type DocumentFormat = "markdown" | "rst" | "asciidoc" | "org" | "text" | "html";

export function documentFormat(path: string): DocumentFormat | undefined {
  if (MARKDOWN.test(path)) return "markdown";
  if (RST.test(path)) return "rst";
  if (ASCIIDOC.test(path)) return "asciidoc";
  if (ORG.test(path)) return "org";
  if (HTML.test(path)) return "html";
  if (PLAIN.test(path)) return "text";
  return undefined;
}

// Work plans and skeletons.
const WORK_PLAN_FOLDERS = new Set(["plans", "plan", "superpowers", ".claude", ".cursor", ".windsurf", ".aider", "prompts", "agents", ".agents", "tasks", "todo", "todos"]);
const WORK_PLAN_FILES = /^(plan|plans|todo|todos|tasks?|wip|agents?|claude|gemini|copilot-instructions)\.(md|markdown|txt)$/i;

/** Work plans and agent instructions: tasks for someone, not documentation of the project. */
export function isWorkPlan(path: string): boolean {
  if (WORK_PLAN_FILES.test(basename(path))) return true;
  return dirname(path).split("/").some((segment) => WORK_PLAN_FOLDERS.has(segment.toLowerCase()));
}

const SKELETON_FOLDERS = new Set(["template", "templates", "skeleton", "skeletons", "boilerplate", "boilerplates", "scaffold", "scaffolds", "example", "examples", "sample", "samples"]);

/**
 * Skeletons and examples: a `templates/INSTALL.md` to copy, an `examples/demo/README.md`. They show
 * what a document looks like or how to use something else; they do not document this project.
 */
export function isSkeleton(path: string): boolean {
  return dirname(path).split("/").some((segment) => SKELETON_FOLDERS.has(segment.toLowerCase()));
}

/** GitHub's own convention for community-health files: root, `.github/` or `docs/`. */
export const COMMUNITY_PLACES = /^(|\.github\/|docs?\/)[^/]+$/i;
/** Documents of the project as a whole: root documents, `.github/` and top-level documentation trees. */
export const PROJECT_PLACES = /^([^/]+|\.github\/.+|(docs?|documentation)\/.+)$/i;

// Images, diagram sources, badges.
export const IMAGE_FILE = /\.(png|jpe?g|gif|svg|webp|bmp|tiff?)$/i;
/** Diagram sources: draw.io, PlantUML, Mermaid, Excalidraw, Visio, yEd, Graphviz, Structurizr. */
export const DIAGRAM_SOURCE = /(\.(drawio|dio|puml|plantuml|pu|iuml|wsd|mmd|mermaid|excalidraw|vsdx?|graphml|gv)$|\.drawio\.(png|svg)$|(^|\/)workspace\.dsl$)/i;
/** Services whose images are status badges, never diagrams. */
export const BADGE = /(shields\.io|badge|travis-ci|circleci|codecov|coveralls|sonarcloud|insight\.symfony|badgen|github\.com\/[^/]+\/[^/]+\/(actions\/)?workflows)/i;

/** Words of a file or folder name: "Enki_ArchiApplicative.png" → ["enki", "archi", "applicative"]. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/\.[a-z0-9]+$/i, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export const READ_KINDS = ["readme", "documentation", "manifests", "community", "diagram-sources", "publiccode", "licences"] as const;
export type ReadKind = (typeof READ_KINDS)[number];

/** Package and build manifests that name, describe or license a project. */
export const MANIFEST_NAMES = new Set([
  "package.json", "pyproject.toml", "setup.cfg", "setup.py", "description", "composer.json", "cargo.toml", "pom.xml", "build.gradle",
  "build.gradle.kts", "go.mod", "gemfile", "mix.exs", "pubspec.yaml", "mkdocs.yml", "mkdocs.yaml", "antora.yml", "citation.cff",
  "docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml", "procfile", "codemeta.json",
  // Workspace declarations, read to tell a monorepo's own packages from third-party code.
  "pnpm-workspace.yaml", "lerna.json",
]);
/** Manifests deeper than this are a component's, read by no rule. */
const MANIFEST_DEPTH = 2;

/** Files that name people, owners or policies: CODEOWNERS, MAINTAINERS, AUTHORS, SECURITY… */
const COMMUNITY_NAME = /^(codeowners|maintainers?|authors?|contributors?|owners|security|securite|support|governance|code_of_conduct|funding)(\.[a-z]+)?$/i;

/** Extension-less documents in any case (`backend/install`, `changes`), as the rules look them up by name. */
const EXTENSIONLESS_DOCUMENT = /^(install|installation|readme|changelog|changes|history|news|authors|contributors|maintainers|copying|licen[cs]e|notice|roadmap|codeowners|contributing|security)$/i;

/** A document no rule would parse: a built site's HTML page, a data or code file. */
function isDocumentPath(path: string): boolean {
  const format = documentFormat(path);
  if (format === undefined || format === "html") return false;
  if (format !== "text") return true;
  // Plain text: `.txt`, and extension-less files written in capitals (INSTALL, AUTHORS, README), not scripts.
  const name = basename(path);
  return /\.txt$/i.test(name) || (/^[A-Z][A-Z0-9_-]*$/.test(name) && name.length > 2) || isReadmeName(name) || EXTENSIONLESS_DOCUMENT.test(name);
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
