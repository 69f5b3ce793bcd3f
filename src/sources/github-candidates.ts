/**
 * Which files of a GitHub tree the audit needs the text of. The local source reads lazily; on GitHub
 * every text costs bytes in the one GraphQL query, so the source fetches the kinds of files the rules
 * declare they read (Rule.inputs.reads, places.ts), the files licence identification reads
 * (licence/locations.ts) and the configuration, and leaves code, images and vendored trees out.
 * The list is ordered by importance and capped, so a huge repository still costs one query.
 */
import { basename, FileIndex, isVendoredPath } from "../engine/file-index.js";
import { ENGINE_READS, kindsOf, type ReadKind } from "../engine/places.js";
import { RULES } from "../engine/registry.js";
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

const LICENCE = /^(licen[cs]e|copying|unlicense|notice|copyright)([-._].*)?$/i;

/** Every kind of file some rule declares it reads (Rule.inputs.reads): the App fetches what the CLI may read. */
export const DECLARED_READS: ReadonlySet<ReadKind> = new Set([...ENGINE_READS, ...RULES.flatMap((rule) => rule.inputs?.reads ?? [])]);

/**
 * Importance of each kind below the root (lower first, plus the file's depth): when the caps bite,
 * what most rules read goes first — READMEs and documents before diagram sources and component manifests.
 */
const KIND_RANK: Record<ReadKind, number> = { readme: 1, publiccode: 2, community: 3, documentation: 4, "diagram-sources": 5, licences: 6, manifests: 8 };

/** The importance of a path for the audit (lower first), or undefined when no rule reads its text. */
export function candidateRank(path: string, kinds: ReadonlySet<ReadKind> = DECLARED_READS): number | undefined {
  const lower = path.toLowerCase();
  if (CONFIG_FILES.includes(lower)) return 0;
  if (isVendoredPath(path)) return undefined;
  const name = basename(path);
  const depth = path.split("/").length - 1;
  if (depth === 0 && LICENCE.test(name)) return 1;
  const found = kindsOf(path, kinds);
  if (found.length === 0) return undefined;
  if (depth === 0) return found.includes("readme") ? 1 : 2;
  if (lower.startsWith(".github/")) return depth === 1 ? 3 : undefined;
  return Math.min(...found.map((kind) => KIND_RANK[kind])) + depth;
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
