/**
 * Third-party projects copied into a repository: a CMS bundled in `october/`, a Docker stack copied
 * into `elk/`, a slides framework under `website/slides/`. Their READMEs, docs and licence files are
 * someone else's, so documentation rules must not count them.
 *
 * FileIndex already drops conventional vendored folders (node_modules, vendor, dist…). What it cannot
 * see from a folder name is a whole project checked in under an ordinary name. The signature used
 * here: a sub-folder that carries its own licence file AND either a package manifest or the files of
 * a separate repository (CONTRIBUTING, CHANGELOG, CI configuration, .gitattributes) — the marks of a
 * project published on its own. Sub-folders that are the repository's own packages are kept:
 *  - declared workspace members (package.json / pnpm / lerna workspaces, Cargo workspace members);
 *  - direct children of a conventional monorepo folder (packages/, apps/, services/, libs/…);
 *  - folders whose licence text is the root licence's (a team that copies its licence into each component).
 */
import picomatch from "picomatch";
import { parseToml, parseYaml } from "./lazy-parsers.js";
import { basename, dirname } from "./file-index.js";
import type { FileIndex } from "./file-index.js";
import { readText } from "./snapshot.js";
import type { RuleContext } from "./types.js";

const LICENCE_FILE = /^(licen[cs]e|copying|unlicen[cs]e)([-._][^/]*)?$/i;
/** LICENCE_FILE in a sub-folder, tested on the whole path (no slicing of 100,000 paths). */
const NESTED_LICENCE_FILE = /\/(licen[cs]e|copying|unlicen[cs]e)([-._][^/]*)?$/i;
const MANIFESTS = new Set([
  "package.json", "composer.json", "pyproject.toml", "setup.py", "setup.cfg", "cargo.toml", "go.mod", "pom.xml",
  "build.gradle", "build.gradle.kts", "gemfile", "mix.exs", "pubspec.yaml", "description",
]);
const REPOSITORY_MARKERS = /^(contributing|changelog|history|code_of_conduct|authors)(\.[a-z]+)?$|^\.(travis\.yml|gitattributes|npmignore|gitlab-ci\.yml)$/i;
/** A manifest or marker in a sub-folder, tested on the whole path first (most paths fail it, unsliced). */
const MAY_MARK_A_PROJECT = /\/(package\.json|composer\.json|pyproject\.toml|setup\.py|setup\.cfg|cargo\.toml|go\.mod|pom\.xml|build\.gradle(\.kts)?|gemfile|mix\.exs|pubspec\.yaml|description|contributing[^/]*|changelog[^/]*|history[^/]*|code_of_conduct[^/]*|authors[^/]*|\.travis\.yml|\.gitattributes|\.npmignore|\.gitlab-ci\.yml)$/i;
const MONOREPO_CONTAINERS = new Set(["packages", "apps", "services", "libs", "crates", "projects", "components"]);

export interface NestedProjects {
  /** Folders holding a third-party project, without trailing slash, sorted. */
  roots: string[];
  /** Own files outside those folders. */
  files: string[];
}

const cache = new WeakMap<FileIndex, NestedProjects>();

export function nestedProjects(context: RuleContext): NestedProjects {
  let found = cache.get(context.files);
  if (!found) {
    const roots = findThirdPartyRoots(context);
    const rootSet = new Set(roots);
    const leading = ancestorsOf(roots);
    const files = roots.length === 0 ? [...context.files.own] : context.files.own.filter((path) => !insideAny(path, rootSet, leading));
    found = { roots, files };
    cache.set(context.files, found);
  }
  return found;
}

/** The project's own files: not vendored, not excluded by configuration, not in a nested third-party project. */
export function projectFiles(context: RuleContext): readonly string[] {
  return nestedProjects(context).files;
}

export function isThirdPartyPath(context: RuleContext, path: string): boolean {
  return insideAny(path, new Set(nestedProjects(context).roots));
}

/**
 * Whether one of the path's ancestor folders is in the set: a lookup per folder level, whatever the
 * number of roots, stopping at the first level that leads to no root.
 */
function insideAny(path: string, roots: ReadonlySet<string>, leading?: ReadonlySet<string>): boolean {
  for (let slash = path.indexOf("/"); slash !== -1; slash = path.indexOf("/", slash + 1)) {
    const folder = path.slice(0, slash);
    if (roots.has(folder)) return true;
    if (leading && !leading.has(folder)) return false;
  }
  return false;
}

/** Every folder on the way to a root, the roots included. */
function ancestorsOf(roots: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const root of roots) for (let slash = root.indexOf("/"); ; slash = root.indexOf("/", slash + 1)) {
    out.add(slash === -1 ? root : root.slice(0, slash));
    if (slash === -1) break;
  }
  return out;
}

function findThirdPartyRoots(context: RuleContext): string[] {
  const licences = new Map<string, string>();
  for (const path of context.files.own) {
    if (NESTED_LICENCE_FILE.test(path)) {
      const dir = dirname(path);
      if (!licences.has(dir)) licences.set(dir, path);
    }
  }
  if (licences.size === 0) return [];
  const marked = new Set<string>();
  for (const path of context.files.own) {
    const nestedGithub = path.indexOf("/.github/");
    if (nestedGithub > 0 && licences.has(path.slice(0, nestedGithub))) marked.add(path.slice(0, nestedGithub));
    if (!MAY_MARK_A_PROJECT.test(path)) continue;
    const dir = dirname(path);
    if (!licences.has(dir)) continue;
    const name = basename(path);
    if (MANIFESTS.has(name.toLowerCase()) || REPOSITORY_MARKERS.test(name)) marked.add(dir);
  }
  if (marked.size === 0) return [];
  const isWorkspace = workspaceMatcher(context);
  const rootLicence = rootLicenceText(context);
  const roots = [...marked]
    .filter((dir) => !isWorkspace(dir) && !MONOREPO_CONTAINERS.has(dirname(dir).toLowerCase()) && !sameLicence(context, licences.get(dir)!, rootLicence))
    .sort();
  // Keep the outermost folders only: everything inside a third-party project is already excluded.
  const all = new Set(roots);
  return roots.filter((dir) => !insideAny(dir, all));
}

function rootLicenceText(context: RuleContext): string | undefined {
  const file = context.files.root.find((path) => LICENCE_FILE.test(path));
  return file ? normaliseLicence(readText(context.snapshot, file)) : undefined;
}

function sameLicence(context: RuleContext, path: string, root: string | undefined): boolean {
  if (!root) return false;
  return normaliseLicence(readText(context.snapshot, path)) === root;
}

function normaliseLicence(text: string | undefined): string | undefined {
  const normalised = text?.replace(/\s+/g, " ").trim();
  return normalised ? normalised : undefined;
}

/** Workspace members declared at the root, as a matcher over folder paths. */
function workspaceMatcher(context: RuleContext): (dir: string) => boolean {
  const globs: string[] = [];
  const read = (path: string) => (context.files.has(path) ? readText(context.snapshot, path) : undefined);
  try {
    const pkg = JSON.parse(read("package.json") ?? "{}") as { workspaces?: unknown };
    const ws = pkg.workspaces;
    globs.push(...strings(Array.isArray(ws) ? ws : (ws as { packages?: unknown } | undefined)?.packages));
  } catch {
    // A malformed package.json declares no workspace.
  }
  try {
    globs.push(...strings((parseYaml(read("pnpm-workspace.yaml") ?? "") as { packages?: unknown } | null)?.packages));
  } catch {
    // Same for a malformed pnpm-workspace.yaml.
  }
  try {
    globs.push(...strings((JSON.parse(read("lerna.json") ?? "{}") as { packages?: unknown }).packages));
  } catch {
    // And lerna.json.
  }
  try {
    const cargo = parseToml(read("Cargo.toml") ?? "") as { workspace?: { members?: unknown } };
    globs.push(...strings(cargo.workspace?.members));
  } catch {
    // And Cargo.toml.
  }
  const patterns = globs.filter((g) => !g.startsWith("!")).map((g) => g.replace(/^\.\//, "").replace(/\/+$/, ""));
  return patterns.length > 0 ? picomatch(patterns, { dot: true }) : () => false;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
