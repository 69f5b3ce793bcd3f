/**
 * Word trigrams ("shingles") as integers, and the table from a shingle to the reference texts
 * holding it. Hand-written: the hot loop of matching is one lookup per word of a file, over typed
 * arrays, which no general-purpose map or search library offers.
 */

export const SHINGLE = 3;

/** Reference positions are packed in the low bits of the index's sort keys (and stored as 16-bit numbers). */
export const MAX_REFERENCES = 2048;

/**
 * Shingle -> references holding it: the distinct shingle keys in ascending order, how many
 * references hold each, and those references, plus an open-addressing hash table over typed arrays
 * from key to rank. The hot loop of matching is one lookup per word of the file, and a Map of
 * arrays was most of its time (and of the start-up time, in allocations). The sorted arrays are
 * what prebuilt-index.ts stores; the hash table is rebuilt from them in a few milliseconds.
 */
export class ShingleTable {
  private readonly mask: number;
  /** Hash slot -> shingle key (-1: empty) and the key's rank in `keys`. */
  private readonly slotKeys: Int32Array;
  private readonly slotRanks: Int32Array;
  /** Per rank: where its holders start in `holders`. */
  private readonly starts: Int32Array;
  readonly size: number;

  /**
   * `keys`: distinct shingle keys, ascending; `counts[r]`: how many references hold `keys[r]`;
   * `holders`: those references, key after key.
   */
  constructor(
    readonly keys: Int32Array,
    readonly counts: Uint16Array,
    readonly holders: Uint16Array,
  ) {
    this.size = keys.length;
    let capacity = 1024;
    while (capacity < keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slotKeys = new Int32Array(capacity).fill(-1);
    this.slotRanks = new Int32Array(capacity);
    this.starts = new Int32Array(keys.length);
    let offset = 0;
    for (let rank = 0; rank < keys.length; rank++) {
      const key = keys[rank]!;
      let slot = key & this.mask;
      while (this.slotKeys[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slotKeys[slot] = key;
      this.slotRanks[slot] = rank;
      this.starts[rank] = offset;
      offset += counts[rank]!;
    }
  }

  /** `pairs` holds key * MAX_REFERENCES + reference for every distinct (shingle, reference), in any order. */
  static fromPairs(pairs: Float64Array): ShingleTable {
    pairs.sort();
    let distinct = 0;
    for (let i = 0; i < pairs.length; i++) if (i === 0 || Math.floor(pairs[i]! / MAX_REFERENCES) !== Math.floor(pairs[i - 1]! / MAX_REFERENCES)) distinct++;
    const keys = new Int32Array(distinct);
    const counts = new Uint16Array(distinct);
    const holders = new Uint16Array(pairs.length);
    let rank = -1;
    for (let i = 0; i < pairs.length; i++) {
      const key = Math.floor(pairs[i]! / MAX_REFERENCES);
      if (rank < 0 || key !== keys[rank]) keys[++rank] = key;
      counts[rank]!++;
      holders[i] = pairs[i]! % MAX_REFERENCES;
    }
    return new ShingleTable(keys, counts, holders);
  }

  /** The rank of a shingle (0 to size - 1), -1 when no reference holds it. */
  slot(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const found = this.slotKeys[slot]!;
      if (found === key) return this.slotRanks[slot]!;
      if (found === -1) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds one to `shared[r]` for every reference r below `limit` holding the shingle of rank `slot` (holders are in ascending order). */
  count(slot: number, shared: Int32Array, limit = Infinity): void {
    const end = this.starts[slot]! + this.counts[slot]!;
    for (let i = this.starts[slot]!; i < end; i++) {
      const holder = this.holders[i]!;
      if (holder >= limit) return;
      shared[holder]!++;
    }
  }

  holds(slot: number, reference: number): boolean {
    const end = this.starts[slot]! + this.counts[slot]!;
    for (let i = this.starts[slot]!; i < end; i++) if (this.holders[i] === reference) return true;
    return false;
  }
}

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
