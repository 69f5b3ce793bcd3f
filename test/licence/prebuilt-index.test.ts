import { describe, expect, it } from "vitest";
import { identifyText } from "../../src/licence/match.js";
import { indexFingerprint, loadPrebuiltIndex, parseIndex, serialiseIndex } from "../../src/licence/prebuilt-index.js";
import { bodyDigest, buildIndex, referenceIndex, type ReferenceIndex } from "../../src/licence/references.js";
import { MAX_REFERENCES, ShingleTable } from "../../src/licence/shingles.js";
import { spdxText } from "./texts.js";

const built = referenceIndex();

/** Everything matching reads from an index, as plain data. */
function contents(index: ReferenceIndex) {
  return {
    references: index.references,
    vocabulary: [...index.vocabulary],
    keys: [...index.postings.keys],
    counts: [...index.postings.counts],
    holders: [...index.postings.holders],
    exact: [...index.exact].sort(([a], [b]) => a - b),
  };
}

describe("prebuilt reference index", () => {
  it("reads back exactly the index it was written from", () => {
    const parsed = parseIndex(serialiseIndex(built, "fingerprint"), "fingerprint");
    expect(parsed?.source).toBe("prebuilt");
    expect(contents(parsed!)).toEqual(contents(built));
  });

  it("finds every shingle of the stored table, and no other", () => {
    const parsed = parseIndex(serialiseIndex(built, "fingerprint"), "fingerprint")!;
    const { keys } = built.postings;
    for (let rank = 0; rank < keys.length; rank += 97) expect(parsed.postings.slot(keys[rank]!)).toBe(rank);
    const absent = keys.at(-1)! + 1;
    expect(parsed.postings.slot(absent)).toBe(-1);
  });

  it.each([
    ["another fingerprint (texts or code changed since the build)", (bytes: Buffer) => bytes, "other"],
    ["a truncated file", (bytes: Buffer) => bytes.subarray(0, bytes.length - 10), "fingerprint"],
    ["a file that is not an index", () => Buffer.from("not an index at all"), "fingerprint"],
    ["an empty file", () => Buffer.alloc(0), "fingerprint"],
  ])("ignores %s", (_, damage, fingerprint) => {
    expect(parseIndex(damage(serialiseIndex(built, "fingerprint")), fingerprint)).toBeUndefined();
  });

  it("is not beside the TypeScript sources, and is fingerprinted from them", () => {
    expect(indexFingerprint()).toMatch(/^[0-9a-f]{40}$/);
    expect(loadPrebuiltIndex()).toBeUndefined();
  });

  it("is read from the file the test setup wrote once, with the same contents as one built from the texts", () => {
    expect(process.env.RELAIS_LICENCE_INDEX).toBeTruthy();
    expect(built.source).toBe("prebuilt");
  });

  it("is built the same way twice", () => {
    expect(contents(buildIndex())).toEqual(contents(built));
  });
});

describe("ShingleTable", () => {
  it("counts each (shingle, reference) pair once, whatever the order it was given in", () => {
    const pair = (key: number, reference: number) => key * MAX_REFERENCES + reference;
    const table = ShingleTable.fromPairs(new Float64Array([pair(70, 2), pair(5, 0), pair(70, 1), pair(1 << 29, 3), pair(5, 700)]));
    expect([...table.keys]).toEqual([5, 70, 1 << 29]);
    const shared = new Int32Array(701);
    for (const key of [5, 70, 1 << 29, 12]) {
      const slot = table.slot(key);
      if (slot >= 0) table.count(slot, shared);
    }
    expect([...shared.subarray(0, 4)]).toEqual([1, 1, 1, 1]);
    // More than 256 references: positions do not fit a byte.
    expect(shared[700]).toBe(1);
    expect(table.holds(table.slot(70), 2)).toBe(true);
    expect(table.holds(table.slot(70), 0)).toBe(false);
  });
});

describe("exact matches by digest", () => {
  it("tells an exact copy from one with a word changed", () => {
    const mit = spdxText("MIT");
    expect(identifyText(mit).matches[0]?.confidence).toBe("exact");
    expect(identifyText(mit.replace("merge", "fuse")).matches[0]?.confidence).toBe("high");
    expect(bodyDigest(["a", "bc"])).not.toBe(bodyDigest(["ab", "c"]));
  });
});
