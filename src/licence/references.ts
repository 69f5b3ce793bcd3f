/**
 * The reference texts, normalised and indexed once, on first use. English texts come from the
 * npm package spdx-license-list (one small JSON file per licence, so only the catalogue's texts are
 * read, never the 5 MB bundle); French texts and the LGPL alone from data/licences/texts/.
 *
 * The index maps every word trigram ("shingle") of every reference to the references holding it,
 * so that comparing a file with all references is one pass over the file's shingles.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { REFERENCES, type ReferenceSpec } from "./catalogue.js";
import { prepareText } from "./normalise.js";
import { countOrLaterPhrases } from "./notices.js";

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
}

export interface ReferenceIndex {
  references: Reference[];
  /** Word -> id; ids start at 1. */
  vocabulary: Map<string, number>;
  postings: ShingleTable;
  /** Reference bodies by word count, for exact matches. */
  bodies: Map<number, { position: number; tokens: string[] }[]>;
  /** Milliseconds spent building the index. */
  loadMs: number;
}

/**
 * Shingle -> references holding it, as an open-addressing hash table over typed arrays: the hot loop
 * of matching is one lookup per word of the file, and a Map of arrays was most of its time (and of
 * the start-up time, in allocations).
 */
export class ShingleTable {
  readonly mask: number;
  private readonly keys: Int32Array;
  private readonly offsets: Int32Array;
  private readonly counts: Int32Array;
  private readonly holders: Int32Array;
  readonly size: number;

  /** `pairs` holds key * MAX_REFERENCES + reference for every distinct (shingle, reference), in any order. */
  constructor(pairs: Float64Array) {
    pairs.sort();
    let distinct = 0;
    for (let i = 0; i < pairs.length; i++) if (i === 0 || Math.floor(pairs[i]! / MAX_REFERENCES) !== Math.floor(pairs[i - 1]! / MAX_REFERENCES)) distinct++;
    let capacity = 1024;
    while (capacity < distinct * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = new Int32Array(capacity).fill(-1);
    this.offsets = new Int32Array(capacity);
    this.counts = new Int32Array(capacity);
    this.holders = new Int32Array(pairs.length);
    let slot = -1;
    let previous = -1;
    for (let i = 0; i < pairs.length; i++) {
      const key = Math.floor(pairs[i]! / MAX_REFERENCES);
      if (key !== previous) {
        slot = key & this.mask;
        while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
        this.keys[slot] = key;
        this.offsets[slot] = i;
        previous = key;
      }
      this.holders[i] = pairs[i]! % MAX_REFERENCES;
      this.counts[slot]!++;
    }
    this.size = distinct;
  }

  /** The slot of a shingle, -1 when no reference holds it. */
  slot(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const found = this.keys[slot]!;
      if (found === key) return slot;
      if (found === -1) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds one to `shared[r]` for every reference r holding the shingle in `slot`. */
  count(slot: number, shared: Int32Array): void {
    const end = this.offsets[slot]! + this.counts[slot]!;
    for (let i = this.offsets[slot]!; i < end; i++) shared[this.holders[i]!]!++;
  }

  holds(slot: number, reference: number): boolean {
    const end = this.offsets[slot]! + this.counts[slot]!;
    for (let i = this.offsets[slot]!; i < end; i++) if (this.holders[i] === reference) return true;
    return false;
  }

  get capacity(): number {
    return this.mask + 1;
  }
}

export const SHINGLE = 3;

/**
 * A shingle is three word ids hashed into a 30-bit integer, which JavaScript engines keep unboxed
 * (a packed 51-bit key made every lookup several times slower). With about 40,000 reference
 * shingles in 2^30 values, a collision changes a score by a few hundred-thousandths at most.
 */
export function shingleKey(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & 0x3fffffff;
}

/** How many shingles at each end of a reference mark where it starts and ends. */
const EDGE_SHINGLES = 4;

/** Reference positions are packed in the low byte of the index's sort keys. */
const MAX_REFERENCES = 256;

export const DATA_DIR = fileURLToPath(new URL("../../data/licences/", import.meta.url));

let index: ReferenceIndex | undefined;

export function referenceIndex(): ReferenceIndex {
  return (index ??= buildIndex());
}

function buildIndex(): ReferenceIndex {
  const started = performance.now();
  const vocabulary = new Map<string, number>();
  const bodies = new Map<number, { position: number; tokens: string[] }[]>();
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
    const sameLength = bodies.get(tokens.length) ?? [];
    sameLength.push({ position, tokens });
    bodies.set(tokens.length, sameLength);
    // Only GNU texts say "or any later version" of themselves; the count is for telling a grant from the text.
    const orLaterPhrases = /later\s+version|ult[ée]rieure/i.test(text) ? countOrLaterPhrases(prepared.clean) : 0;
    references.push({ ...spec, shingles, words: tokens.length, orLaterPhrases, startKeys, endKeys });
  }
  const total = perReference.reduce((sum, keys) => sum + keys.length, 0);
  const pairs = new Float64Array(total);
  let at = 0;
  for (const keys of perReference) {
    pairs.set(keys, at);
    at += keys.length;
  }
  return { references, vocabulary, postings: new ShingleTable(pairs), bodies, loadMs: performance.now() - started };
}

const require = createRequire(import.meta.url);
let spdxDir: string | undefined;

function referenceText(spec: ReferenceSpec): string {
  if (spec.dataFile) return readFileSync(join(DATA_DIR, "texts", spec.dataFile), "utf8");
  spdxDir ??= join(dirname(require.resolve("spdx-license-list/package.json")), "licenses");
  const entry = JSON.parse(readFileSync(join(spdxDir, `${spec.spdxText}.json`), "utf8")) as { licenseText: string };
  return entry.licenseText;
}
