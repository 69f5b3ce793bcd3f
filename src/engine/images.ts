/**
 * Images and diagram files: where a Markdown image reference points in the repository, and whether a
 * file's name and place say it is an architecture diagram, a data model or a screenshot.
 */
import { basename, dirname } from "./file-index.js";
import type { FileIndex } from "./file-index.js";
import { nameTokens } from "./vocabulary.js";
// Image, diagram-source and badge patterns are defined with the other places, in places.ts.
import { BADGE, DIAGRAM_SOURCE, IMAGE_FILE } from "./places.js";
export { DIAGRAM_SOURCE, IMAGE_FILE } from "./places.js";


export function isDiagramCandidate(path: string): boolean {
  return IMAGE_FILE.test(path) || DIAGRAM_SOURCE.test(path);
}

/** A cheap first look: could the path's words say architecture or diagram? Most images of a repository are not. */
const MAY_NAME_A_DIAGRAM = /archi|infra|dat|c4|topolog|sch\S{1,2}ma|diagra/i;

/** Diagram files whose name or folder says architecture: one cheap test per file, the word analysis only on the few that may. */
export function isArchitectureDiagramFile(path: string): boolean {
  return isDiagramCandidate(path) && MAY_NAME_A_DIAGRAM.test(path) && classifyDiagramFile(path) === "architecture";
}

/** Name words that say "architecture": the French "archi", "schéma", "DAT" (dossier d'architecture technique) included. */
const ARCHITECTURE_WORDS = new Set(["architecture", "architectures", "archi", "infra", "infrastructure", "dat", "c4", "topology", "topologie"]);
/** Name words that say "a diagram" without saying of what: a data schema as often as a system. */
const DIAGRAM_WORDS = new Set(["schema", "schemas", "diagram", "diagrams", "diagramme", "diagrammes"]);
/**
 * Folders where diagrams are kept. `schemas/` and `infra/` are left out: they hold JSON or SQL
 * schemas and infrastructure code far more often than drawings, and their images are icons.
 */
const DIAGRAM_FOLDERS = new Set(["architecture", "archi", "dat", "diagram", "diagrams", "diagramme", "diagrammes"]);
/** Data models (Merise MCD/MLD/MPD, ER, class diagrams of tables) are not the system's architecture. */
const DATA_MODEL_WORDS = new Set(["data", "donnees", "db", "bdd", "database", "databases", "mcd", "mld", "mpd", "erd", "er", "entity", "entities", "entites", "table", "tables", "class", "classes", "dataset", "datasets", "sql"]);
/** Screenshots, mock-ups, logos and photos illustrate the product, not its architecture. */
const PICTURE_WORDS = new Set([
  "screenshot", "screenshots", "capture", "captures", "screen", "screens", "ecran", "ecrans", "screencast", "maquette", "maquettes",
  "mockup", "mockups", "wireframe", "wireframes", "logo", "logos", "icon", "icons", "favicon", "badge", "photo", "photos",
  "banner", "banniere", "preview", "avatar", "thumbnail", "illustration",
]);

/** Whether the name or folder itself says architecture (`archi_prod.png`, `dat/flux.svg`), not just "schema" or "diagram". */
export function namesArchitecture(path: string): boolean {
  if (nameTokens(basename(path).replace(/\.drawio$/i, "")).some((w) => ARCHITECTURE_WORDS.has(w))) return true;
  return dirname(path).split("/").some((segment) => ["architecture", "archi", "dat"].includes(segment.toLowerCase()));
}

export type DiagramKind = "architecture" | "data-model" | "picture" | "unknown";

/** What a diagram or image file's name and folders say it is. */
export function classifyDiagramFile(path: string): DiagramKind {
  const name = nameTokens(basename(path).replace(/\.drawio$/i, ""));
  const folders = dirname(path).split("/").flatMap((segment) => nameTokens(segment));
  if (name.some((w) => PICTURE_WORDS.has(w)) || folders.some((w) => PICTURE_WORDS.has(w))) return "picture";
  if (name.some((w) => ARCHITECTURE_WORDS.has(w))) return "architecture";
  const generic = name.some((w) => DIAGRAM_WORDS.has(w)) || dirname(path).split("/").some((segment) => DIAGRAM_FOLDERS.has(segment.toLowerCase()));
  // "schema.png" in `database/` or `bdd/` draws tables, not the system.
  if (generic) return name.some((w) => DATA_MODEL_WORDS.has(w)) || folders.some((w) => DATA_MODEL_WORDS.has(w)) ? "data-model" : "architecture";
  if (name.some((w) => DATA_MODEL_WORDS.has(w))) return "data-model";
  return "unknown";
}


export type ResolvedImage =
  | { kind: "file"; path: string }
  | { kind: "remote"; url: string }
  | { kind: "badge"; url: string }
  | { kind: "missing"; url: string };

/**
 * Where an image reference of a document points. Relative references resolve against the document,
 * then the repository root (GitHub renders root-relative `/x.png` that way), then the static folders
 * documentation sites serve bare names from (VuePress `.vuepress/public/`, Docusaurus/Hugo `static/`,
 * `public/`) in the document's folder and its parents. Links to this repository's raw files on GitHub
 * resolve to the file when it exists.
 */
export function resolveImage(files: FileIndex, documentPath: string, url: string): ResolvedImage {
  const clean = url.trim().replace(/[?#].*$/, "");
  if (BADGE.test(url)) return { kind: "badge", url };
  if (/^(https?:)?\/\//i.test(clean) || /^data:/i.test(clean)) {
    const inRepository = githubFilePath(clean);
    const found = inRepository && lookup(files, inRepository);
    return found ? { kind: "file", path: found } : { kind: "remote", url };
  }
  let decoded = clean;
  try {
    decoded = decodeURIComponent(clean);
  } catch {
    // A malformed escape: keep the reference as written.
  }
  for (const candidate of candidates(documentPath, decoded)) {
    const found = lookup(files, candidate);
    if (found) return { kind: "file", path: found };
  }
  return { kind: "missing", url };
}

function lookup(files: FileIndex, path: string): string | undefined {
  return files.has(path) ? path : files.resolveCaseInsensitive(path);
}

const STATIC_FOLDERS = [".vuepress/public", "static", "public", "assets"];

function candidates(documentPath: string, reference: string): string[] {
  const docDir = dirname(documentPath);
  const rooted = reference.startsWith("/");
  const bare = reference.replace(/^\/+/, "");
  const out = rooted ? [bare] : [join(docDir, bare), bare];
  // Documentation sites serve their static folder at the site root, for `/x.png` and bare `x.png` alike.
  const ancestors: string[] = [];
  for (let dir = docDir; ; dir = dirname(dir)) {
    ancestors.push(dir);
    if (dir === "") break;
  }
  for (const dir of ancestors) for (const folder of STATIC_FOLDERS) out.push(join(dir, `${folder}/${bare}`));
  return out.filter((path): path is string => path !== "" && !path.startsWith("../"));
}

/** Joins and normalises `a/b` + `../c/./d` into `a/c/d`; a path that climbs above the root keeps a leading `../`. */
export function join(base: string, relative: string): string {
  const parts = base === "" ? [] : base.split("/");
  for (const segment of relative.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return "../" + relative;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join("/");
}

/** `https://raw.githubusercontent.com/o/r/branch/path`, `https://github.com/o/r/(raw|blob)/branch/path` → path. */
function githubFilePath(url: string): string | undefined {
  const raw = /^(?:https?:)?\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/[^/]+\/(.+)$/i.exec(url);
  if (raw) return safeDecode(raw[1]!);
  const blob = /^(?:https?:)?\/\/github\.com\/[^/]+\/[^/]+\/(?:raw|blob)\/[^/]+\/(.+)$/i.exec(url);
  return blob ? safeDecode(blob[1]!) : undefined;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The file name a remote image URL ends with, for its words. */
export function remoteName(url: string): string {
  return basename(url.replace(/[?#].*$/, ""));
}
