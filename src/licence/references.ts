/**
 * The reference texts, normalised and indexed once, on first use. English texts come from the
 * npm package spdx-license-list (one small JSON file per licence, so only the catalogue's texts are
 * read, never the 5 MB bundle); French texts and the LGPL alone from data/licences/texts/.
 *
 * The index maps every word trigram ("shingle") of every reference to the references holding it,
 * so that comparing a file with all references is one pass over the file's shingles. `npm run build`
 * writes it to a file (prebuilt-index.ts), so that an audit reads it instead of building it.
 */
import { createHash } from "node:crypto";
import { CURATED_COUNT, REFERENCES, type ReferenceSpec } from "./catalogue.js";
import { prepareText } from "./normalise.js";
import { countOrLaterPhrases } from "./notices.js";
import { loadPrebuiltIndex } from "./prebuilt-index.js";
import { referenceText } from "./reference-texts.js";
import { MAX_REFERENCES, SHINGLE, ShingleTable, shingleKey } from "./shingles.js";

export { DATA_DIR } from "./reference-texts.js";
export { SHINGLE, ShingleTable, shingleKey } from "./shingles.js";

export interface Reference extends ReferenceSpec {
  /** Distinct shingles of the reference body. */
  shingles: number;
  /** Body words, for reporting sizes. */
  words: number;
  /** How often the text itself says "or any later version" (the GPL's own how-to, section 14). */
  orLaterPhrases: number;
  /** Shingles of its first and last words: where the licence starts and ends in a file. */
  startKeys: number[];
  endKeys: number[];
  /**
   * Some SPDX text outside the curated set holds most of this reference (CPL-1.0 holds EPL-1.0,
   * CC-BY-NC-3.0 holds CC-BY-3.0): a file close to it must still be compared with every text.
   */
  outsideRelatives: boolean;
}

export interface ReferenceIndex {
  references: Reference[];
  /** Word -> id; ids start at 1. */
  vocabulary: Map<string, number>;
  postings: ShingleTable;
  /** Digests of the reference bodies (see bodyDigest) by word count, for exact matches. */
  exact: Map<number, { position: number; digest: string }[]>;
  /** Milliseconds spent building or loading the index. */
  loadMs: number;
  /** Read from the file written at build time (see prebuilt-index.ts), or built from the texts. */
  source: "prebuilt" | "texts";
}

/** How many shingles at each end of a reference mark where it starts and ends. */
const EDGE_SHINGLES = 4;

let index: ReferenceIndex | undefined;

/**
 * The index, on first use: read from the file `npm run build` writes beside this module when it is
 * there and was made from the same texts and code (a few milliseconds), else built from the texts
 * (a few hundred: every text read and normalised).
 */
export function referenceIndex(): ReferenceIndex {
  // RELAIS_LICENCE_INDEX: an index file written elsewhere for the same code (the test setup writes
  // one, so that each test file does not index 700 texts again). Checked like the build's own.
  const elsewhere = process.env.RELAIS_LICENCE_INDEX;
  return (index ??= loadPrebuiltIndex() ?? (elsewhere ? loadPrebuiltIndex(elsewhere) : undefined) ?? buildIndex());
}

/** A body's identity for exact matches: its words, in order. */
export function bodyDigest(tokens: readonly string[]): string {
  return createHash("sha1").update(tokens.join(" ")).digest("base64");
}

export function buildIndex(): ReferenceIndex {
  const started = performance.now();
  const vocabulary = new Map<string, number>();
  const exact = new Map<number, { position: number; digest: string }[]>();
  const references: Reference[] = [];
  const perReference: Float64Array[] = [];

  if (REFERENCES.length > MAX_REFERENCES) throw new Error("too many licence references for the index");
  for (const spec of REFERENCES) {
    const text = referenceText(spec);
    const prepared = prepareText(text);
    const tokens = prepared.tokens;
    const ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      let id = vocabulary.get(tokens[i]!);
      if (id === undefined) {
        id = vocabulary.size + 1;
        vocabulary.set(tokens[i]!, id);
      }
      ids[i] = id;
    }
    const position = references.length;
    const keys = new Float64Array(Math.max(0, ids.length - SHINGLE + 1));
    for (let i = 0; i < keys.length; i++) keys[i] = shingleKey(ids[i]!, ids[i + 1]!, ids[i + 2]!);
    const startKeys = [...keys.subarray(0, EDGE_SHINGLES)];
    const endKeys = [...keys.subarray(Math.max(0, keys.length - EDGE_SHINGLES))];
    keys.sort();
    const pairs = new Float64Array(keys.length);
    let shingles = 0;
    for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) pairs[shingles++] = keys[i]! * MAX_REFERENCES + position;
    perReference.push(pairs.subarray(0, shingles));
    const sameLength = exact.get(tokens.length) ?? [];
    sameLength.push({ position, digest: bodyDigest(tokens) });
    exact.set(tokens.length, sameLength);
    // Only GNU texts say "or any later version" of themselves; the count is for telling a grant from the text.
    const orLaterPhrases = /later\s+version|ult[ée]rieure/i.test(text) ? countOrLaterPhrases(prepared.clean) : 0;
    references.push({ ...spec, shingles, words: tokens.length, orLaterPhrases, startKeys, endKeys, outsideRelatives: false });
  }
  const total = perReference.reduce((sum, keys) => sum + keys.length, 0);
  const pairs = new Float64Array(total);
  let at = 0;
  for (const keys of perReference) {
    pairs.set(keys, at);
    at += keys.length;
  }
  const postings = ShingleTable.fromPairs(pairs);
  const outside = outsideRelatives(postings, references);
  references.forEach((reference, position) => (reference.outsideRelatives = outside[position]!));
  return { references, vocabulary, postings, exact, loadMs: performance.now() - started, source: "texts" };
}

/** Per reference: whether a text outside the curated set shares ACCEPT_SHARE or more of its shingles. */
function outsideRelatives(postings: ShingleTable, references: readonly Reference[]): boolean[] {
  const curated = Math.min(CURATED_COUNT, references.length);
  const n = references.length;
  const shared = new Int32Array(curated * n);
  const { counts, holders } = postings;
  let start = 0;
  for (let rank = 0; rank < counts.length; rank++) {
    const end = start + counts[rank]!;
    // Holders are in ascending order: the curated ones come first.
    let split = start;
    while (split < end && holders[split]! < curated) split++;
    for (let i = start; i < split; i++) for (let j = split; j < end; j++) shared[holders[i]! * n + holders[j]!]!++;
    start = end;
  }
  return references.map((reference, c) => {
    if (c >= curated) return false;
    for (let o = curated; o < n; o++) if (shared[c * n + o]! >= RELATIVE_SHARE * reference.shingles) return true;
    return false;
  });
}

/** The share of a reference's shingles another text must hold to be mistaken for it (ACCEPT_CONTAINMENT in match.ts). */
const RELATIVE_SHARE = 0.8;
