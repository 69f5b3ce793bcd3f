/**
 * The reference index as a file, written by `npm run build` (write-prebuilt-index.ts) beside the
 * compiled modules, so that an audit reads it in a few milliseconds instead of normalising 157
 * texts. The file records a fingerprint of everything the index is made from (the reference texts,
 * the catalogue, the code that normalises and indexes them, Node's Unicode tables); a file that does
 * not match is ignored and the index is built from the texts, so a stale file can cost time, never
 * a wrong answer.
 *
 * Layout (little-endian): "RLI2", the header's byte length (u32), the header (JSON), padding to 4,
 * then the shingle table's sorted keys (i32), counts (u16, padded to 4) and holders (u16).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { REFERENCES } from "./catalogue.js";
import { DATA_DIR, spdxPackageDir } from "./reference-texts.js";
import type { Reference, ReferenceIndex } from "./references.js";
import { ShingleTable } from "./shingles.js";

export const PREBUILT_INDEX_FILE = fileURLToPath(new URL("./reference-index.bin", import.meta.url));

const MAGIC = "RLI2";

/** The modules whose code shapes the index: normalisation, notices (the "or later" count), shingles. */
const SOURCES = ["catalogue", "decode", "expression", "names", "normalise", "notices", "prebuilt-index", "reference-texts", "references", "shingles"];

interface Header {
  fingerprint: string;
  /** Words in id order (id = position + 1). */
  vocabulary: string[];
  references: { id: string; shingles: number; words: number; orLaterPhrases: number; startKeys: number[]; endKeys: number[]; outsideRelatives: boolean; digest: string }[];
  distinct: number;
  pairs: number;
}

/**
 * What the index is made from, hashed: the modules as they run (compiled, or their TypeScript
 * sources under the tests), the data texts, the package of SPDX texts. Undefined when a source
 * cannot be read.
 */
export function indexFingerprint(): string | undefined {
  const hash = createHash("sha1");
  const extension = import.meta.url.endsWith(".ts") ? "ts" : "js";
  try {
    const here = fileURLToPath(new URL(".", import.meta.url));
    for (const name of SOURCES) hash.update(readFileSync(join(here, `${name}.${extension}`)));
    for (const spec of REFERENCES) if (spec.dataFile) hash.update(readFileSync(join(DATA_DIR, "texts", spec.dataFile)));
    hash.update(readFileSync(join(spdxPackageDir(), "package.json")));
  } catch {
    return undefined;
  }
  hash.update(process.versions.unicode ?? "");
  return hash.digest("hex");
}

export function serialiseIndex(index: ReferenceIndex, fingerprint: string): Buffer {
  const words: string[] = [];
  for (const [word, id] of index.vocabulary) words[id - 1] = word;
  const digests = new Map<number, string>();
  for (const sameLength of index.exact.values()) for (const body of sameLength) digests.set(body.position, body.digest);
  const { keys, counts, holders } = index.postings;
  const header: Header = {
    fingerprint,
    vocabulary: words,
    references: index.references.map((ref, position) => ({
      id: ref.id,
      shingles: ref.shingles,
      words: ref.words,
      orLaterPhrases: ref.orLaterPhrases,
      startKeys: ref.startKeys,
      endKeys: ref.endKeys,
      outsideRelatives: ref.outsideRelatives,
      digest: digests.get(position)!,
    })),
    distinct: keys.length,
    pairs: holders.length,
  };
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const headerEnd = align(8 + json.length);
  const countsAt = headerEnd + keys.byteLength;
  const holdersAt = countsAt + align(counts.byteLength);
  const out = Buffer.alloc(holdersAt + holders.byteLength);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength).copy(out, headerEnd);
  Buffer.from(counts.buffer, counts.byteOffset, counts.byteLength).copy(out, countsAt);
  Buffer.from(holders.buffer, holders.byteOffset, holders.byteLength).copy(out, holdersAt);
  return out;
}

/** The index a file holds, or undefined when it is not one, or was made from other texts or code. */
export function parseIndex(bytes: Buffer, fingerprint: string): ReferenceIndex | undefined {
  const started = performance.now();
  if (bytes.length < 8 || bytes.toString("latin1", 0, 4) !== MAGIC) return undefined;
  const headerLength = bytes.readUInt32LE(4);
  let header: Header;
  try {
    header = JSON.parse(bytes.toString("utf8", 8, 8 + headerLength)) as Header;
  } catch {
    return undefined;
  }
  if (header.fingerprint !== fingerprint || header.references.length !== REFERENCES.length) return undefined;
  if (header.references.some((ref, position) => ref.id !== REFERENCES[position]!.id)) return undefined;
  const headerEnd = align(8 + headerLength);
  const countsAt = headerEnd + header.distinct * 4;
  const holdersAt = countsAt + align(header.distinct * 2);
  if (bytes.length !== holdersAt + header.pairs * 2) return undefined;
  // Copied out of the file's buffer: typed arrays need aligned offsets, which a Buffer does not promise.
  const keys = new Int32Array(header.distinct);
  const counts = new Uint16Array(header.distinct);
  const holders = new Uint16Array(header.pairs);
  bytes.copy(Buffer.from(keys.buffer), 0, headerEnd, countsAt);
  bytes.copy(Buffer.from(counts.buffer), 0, countsAt, countsAt + header.distinct * 2);
  bytes.copy(Buffer.from(holders.buffer), 0, holdersAt, holdersAt + header.pairs * 2);

  const vocabulary = new Map<string, number>();
  header.vocabulary.forEach((word, i) => vocabulary.set(word, i + 1));
  const exact: ReferenceIndex["exact"] = new Map();
  const references: Reference[] = header.references.map(({ digest, id: _id, ...stored }, position) => {
    const sameLength = exact.get(stored.words) ?? [];
    sameLength.push({ position, digest });
    exact.set(stored.words, sameLength);
    return { ...REFERENCES[position]!, ...stored };
  });
  return { references, vocabulary, postings: new ShingleTable(keys, counts, holders), exact, loadMs: performance.now() - started, source: "prebuilt" };
}

/**
 * The file `npm run build` wrote (or another, such as the one the test setup writes once for every
 * test file), when it is there and still matches; undefined otherwise.
 */
export function loadPrebuiltIndex(file: string = PREBUILT_INDEX_FILE): ReferenceIndex | undefined {
  const started = performance.now();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const fingerprint = indexFingerprint();
  const index = fingerprint ? parseIndex(bytes, fingerprint) : undefined;
  if (index) index.loadMs = performance.now() - started;
  return index;
}

function align(offset: number): number {
  return (offset + 3) & ~3;
}
