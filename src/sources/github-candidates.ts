/**
 * Which files of a GitHub tree the audit needs the text of. The local source reads lazily; on GitHub
 * every text costs bytes in the one GraphQL query, so the source picks the files rules read
 * (documents, licences, manifests, configuration) and leaves code, images and vendored trees out.
 * The list is ordered by importance and capped, so a huge repository still costs one query.
 */
import { basename, FileIndex, isVendoredPath } from "../engine/file-index.js";
import { licenceCandidatePaths } from "../licence/locations.js";
import { MAX_TEXT_BYTES } from "../engine/snapshot.js";

export interface TreeFile {
  path: string;
  /** Blob object id. */
  oid: string;
  size: number;
}

export interface CandidateLimits {
  /** At most this many files fetched in the query. */
  maxFiles: number;
  /** At most this many bytes of text fetched in the query. */
  maxBytes: number;
}

/** A GraphQL response over a few megabytes risks GitHub's 10-second query timeout. */
export const DEFAULT_CANDIDATE_LIMITS: CandidateLimits = { maxFiles: 250, maxBytes: 4_000_000 };

export const CONFIG_FILES = [".github/relais.yml", ".github/relais.yaml"];

const DOCUMENT_EXTENSION = /\.(md|markdown|mdx|mdown|rst|adoc|asciidoc|txt|org)$/i;
const DIAGRAM_SOURCE = /\.(mmd|mermaid|puml|plantuml|pu|dsl)$/i;
const NO_EXTENSION = /^[^.]+$/;
const LICENCE = /^(licen[cs]e|copying|unlicense|notice|copyright)([-._].*)?$/i;
const README = /^readme([-._].*)?$/i;
const MANIFESTS = new Set(
  [
    "package.json",
    "pyproject.toml",
    "setup.cfg",
    "setup.py",
    "description",
    "composer.json",
    "cargo.toml",
    "pom.xml",
    "build.gradle",
    "build.gradle.kts",
    "go.mod",
    "gemfile",
    "mix.exs",
    "publiccode.yml",
    "publiccode.yaml",
    "mkdocs.yml",
    "mkdocs.yaml",
    "antora.yml",
    "codeowners",
    "maintainers",
    "authors",
    "contributors",
    "citation.cff",
    "docker-compose.yml",
    "docker-compose.yaml",
    "compose.yml",
    "compose.yaml",
    "procfile",
  ].map((name) => name.toLowerCase()),
);
const DOC_TREE = /^(docs?|documentation|wiki|guides?|manuals?)\//i;
const NAMED_DOCUMENT =
  /^(install|installation|deploy|deployment|deploiement|exploitation|architecture|schema|diagram|contributing|changelog|changes|history|news|roadmap|feuille[-_ ]de[-_ ]route|vision|security|securite|maintainers|codeowners|guide|manuel|manual|usage|utilisation|development|developpement|hacking)\b/i;

/** The importance of a path for the audit (lower first), or undefined when its text is not needed. */
export function candidateRank(path: string): number | undefined {
  const lower = path.toLowerCase();
  if (CONFIG_FILES.includes(lower)) return 0;
  if (isVendoredPath(path)) return undefined;
  const name = basename(path);
  const depth = path.split("/").length - 1;
  if (depth === 0) {
    if (LICENCE.test(name) || README.test(name)) return 1;
    if (MANIFESTS.has(name.toLowerCase()) || /\.gemspec$|\.cabal$|\.nuspec$/i.test(name)) return 2;
    if (DOCUMENT_EXTENSION.test(name) || (NO_EXTENSION.test(name) && /^[A-Z]/.test(name))) return 2;
    return undefined;
  }
  if (lower.startsWith(".github/")) {
    if (depth === 1 && (DOCUMENT_EXTENSION.test(name) || name.toLowerCase() === "codeowners")) return 3;
    return undefined;
  }
  const document = DOCUMENT_EXTENSION.test(name) || (README.test(name) && NO_EXTENSION.test(name));
  if (README.test(name) && document) return 4 + depth;
  if (DOC_TREE.test(path) && (document || DIAGRAM_SOURCE.test(name) || name.toLowerCase() === "codeowners")) return 4 + depth;
  if (NAMED_DOCUMENT.test(name) && (document || DIAGRAM_SOURCE.test(name))) return 5 + depth;
  if (/^(publiccode\.ya?ml|package\.json|pyproject\.toml)$/i.test(name) && depth <= 2) return 8 + depth;
  return undefined;
}

export interface CandidateSelection {
  /** Files to fetch, most important first. */
  fetch: TreeFile[];
  /** Candidates left out by the caps (their state is "not-fetched"). */
  skipped: TreeFile[];
}

/** Candidates in order of importance within the caps; files over 1 MB are never fetched (the source says "too-large"). */
export function selectCandidates(files: readonly TreeFile[], limits: CandidateLimits = DEFAULT_CANDIDATE_LIMITS): CandidateSelection {
  const ranked: { file: TreeFile; rank: number }[] = [];
  // Licence identification also reads SPDX headers of a few source files: fetch exactly those.
  const licenceReads = new Set(licenceCandidatePaths(new FileIndex(files.map((file) => file.path))));
  for (const file of files) {
    if (file.size > MAX_TEXT_BYTES) continue;
    const rank = candidateRank(file.path) ?? (licenceReads.has(file.path) ? 3 : undefined);
    if (rank !== undefined) ranked.push({ file, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.file.path.localeCompare(b.file.path));
  const fetch: TreeFile[] = [];
  const skipped: TreeFile[] = [];
  let bytes = 0;
  for (const { file } of ranked) {
    if (fetch.length < limits.maxFiles && bytes + file.size <= limits.maxBytes) {
      fetch.push(file);
      bytes += file.size;
    } else {
      skipped.push(file);
    }
  }
  return { fetch, skipped };
}
