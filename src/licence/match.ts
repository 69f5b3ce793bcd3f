/**
 * Full-text matching of a licence file against the reference texts.
 *
 * 1. Exact: the normalised body equals a reference's.
 * 2. Similarity: each reference's share of word trigrams found in the file ("containment"). A
 *    reference counts as present when containment reaches ACCEPT_CONTAINMENT; among those present,
 *    the one closest to the file as a whole (Dice coefficient) wins, so that a text is not taken for
 *    a shorter relative it contains (BSD-2 inside BSD-3, MIT-0 inside MIT).
 * 3. The words the winner covers are set aside and the rest is searched again: a file holding two
 *    licences gives both, and what no reference covers (a preamble, a line saying which parts are
 *    under which licence) is handed back for notice detection.
 * 4. A version stated by the file (title or "Version 2.0 du ...") that contradicts the winner's moves
 *    it to the sibling of that version: a French CeCILL 2.0 is not the French 2.1 it resembles.
 *
 * ACCEPT_CONTAINMENT is justified by measurement: see BENCHMARKS.md, "Licence identification".
 */
import { CURATED_COUNT, DISTINCTIVE_WORDS, familyVersion, sameVersion } from "./catalogue.js";
import { findNames, flatten } from "./names.js";
import { prepareText, type PreparedText } from "./normalise.js";
import { bodyDigest, referenceIndex, SHINGLE, shingleKey, type Reference } from "./references.js";

/** Share of a reference's trigrams a file must hold for the reference to count as present. */
export const ACCEPT_CONTAINMENT = 0.8;
/** Below this, a reference is not worth naming as a candidate. */
const CANDIDATE_CONTAINMENT = 0.2;
/**
 * How much closer (Dice) another present reference may be than the one a title names, and still lose
 * to it: "The MIT License" over the MIT text with one clause added is the MIT licence modified, not
 * the obscure variant (X11-swapped) that happens to hold that clause. Word trigrams ignore the order
 * of paragraphs, so a title is the only thing that tells such relatives apart.
 */
const TITLE_MARGIN = 0.25;
/** ...provided nearly all of the named licence is there: an MIT-0 text titled "MIT License" lacks MIT's condition and stays MIT-0. */
const TITLE_CONTAINMENT = 0.95;
/**
 * Dice similarity with a curated reference above which the other SPDX texts are not compared: a
 * closer one would be a near-twin of it. Copies with a preamble or edits fall below and get the full
 * comparison.
 */
const CURATED_SUFFICES = 0.95;
/** Fewer residual trigrams than this cannot hold another licence text. */
const MIN_RESIDUAL_SHINGLES = 12;
const MAX_LICENCES_PER_FILE = 4;

export interface TextMatch {
  /** Reference id (GNU ids bare: GPL-3.0). */
  id: string;
  family: string;
  confidence: "exact" | "high";
  /** Containment of the reference in the file, 0..1. */
  score: number;
  /** Dice similarity between the file (what was left of it) and the reference, 0..1. */
  similarity: number;
  /** The file's stated version moved the match to a sibling without a reference text in this language. */
  versionFromText?: boolean;
  /** Words inside the matched text that the reference does not have (an inserted clause), runs of 3 or more. */
  addedWords: number;
  /** Enough words were added inside the text to change its terms (see MODIFIED_*). */
  modified?: boolean;
  /** Where the licence text stands in the prepared `clean` text (character offsets, end exclusive). */
  start: number;
  end: number;
}

/**
 * A text with words added inside it is a modified licence, not the official one: 20 words or more
 * (a sentence) making at least 4 % of the licence. Measured: reformatting, spelling and encoding
 * changes add at most 1.7 % (CC0's reflowed disclaimer, 28 words); an added clause in a BSD text, 14 %.
 */
const MODIFIED_WORDS = 20;
/** Share of a licence's shared words allowed before its first phrase or after its last one. */
const EDGE_SLACK = 0.05;
const MODIFIED_SHARE = 0.04;

export interface TextIdentification {
  matches: TextMatch[];
  /** Closest references when nothing matched, best first. */
  candidates: { spdx: string; score: number }[];
  /** What no matched reference covers, as clean text (the whole text when nothing matched). */
  residual: string;
  /** Number of body words not covered by a match. */
  residualWords: number;
  /** The residual's runs with their offsets in `prepared.clean`, in order. */
  runs: { start: number; end: number; text: string }[];
  prepared: PreparedText;
}

export interface Score {
  reference: Reference;
  containment: number;
  similarity: number;
}

export function identifyText(text: string): TextIdentification {
  const prepared = prepareText(text);
  const { references } = referenceIndex();
  const none: TextIdentification = { matches: [], candidates: [], residual: prepared.clean, residualWords: prepared.tokens.length, runs: [{ start: 0, end: prepared.clean.length, text: prepared.clean }], prepared };
  if (prepared.tokens.length === 0) return none;

  const titled = titledIds(prepared);
  const exactIndex = exactReference(prepared.tokens);
  // An exact copy of a relative under a title naming another licence: the title is weighed below.
  if (exactIndex !== undefined && (titled.length === 0 || titled.includes(references[exactIndex]!.id))) {
    const reference = references[exactIndex]!;
    const match = checkVersion({ reference, containment: 1, similarity: 1 }, prepared.versions, true, prepared.tokens);
    if (match) return { ...none, matches: [{ ...match, confidence: match.versionFromText ? "high" : "exact", start: 0, end: prepared.clean.length }], residual: "", residualWords: 0, runs: [] };
  }

  const slots = shingleSlots(prepared.tokens);
  const covered = new Uint8Array(prepared.tokens.length);
  const matches: TextMatch[] = [];
  let candidates: TextIdentification["candidates"] = [];
  for (let round = 0; round < MAX_LICENCES_PER_FILE; round++) {
    // The curated references first (their holders come first in the table): a file that is nearly
    // one of them needs no comparison with the 500 other SPDX texts.
    let scores = scoreShingles(slots, covered, CURATED_COUNT);
    if (!scores) break;
    let best = pickBest(scores, round === 0 ? titled : []);
    if (!best || best.similarity < CURATED_SUFFICES || best.reference.outsideRelatives) {
      scores = scoreShingles(slots, covered, references.length)!;
      best = pickBest(scores, round === 0 ? titled : []);
    }
    if (round === 0) candidates = closest(scores);
    if (!best) break;
    const match = checkVersion(best, prepared.versions, round === 0, prepared.tokens);
    if (!match) {
      // The text resembles a version whose distinctive words it lacks: name it as a candidate, no more.
      if (round === 0) candidates = closest(scores);
      break;
    }
    const { added, from, to } = cover(slots, covered, references.indexOf(best.reference));
    const start = prepared.starts[Math.max(0, from)] ?? 0;
    const end = prepared.ends[Math.min(prepared.tokens.length - 1, to + SHINGLE - 1)] ?? prepared.clean.length;
    const twin = matches.find((other) => other.id === match.id);
    if (twin) {
      // The rest of a licence already found (a copy split by a long insertion): one licence, modified.
      twin.addedWords += added;
      twin.modified = true;
      twin.start = Math.min(twin.start, start);
      twin.end = Math.max(twin.end, end);
      continue;
    }
    match.addedWords = added;
    match.start = start;
    match.end = end;
    if (added >= MODIFIED_WORDS && added >= MODIFIED_SHARE * best.reference.words) match.modified = true;
    matches.push(match);
  }
  const { residual, residualWords, runs } = residualText(prepared, covered);
  return { matches, candidates: matches.length ? [] : candidates, residual, residualWords, runs, prepared };
}

/** Scores of every reference against a text, for measurement (bench) and tests. */
export function scoreText(text: string): Score[] {
  const prepared = prepareText(text);
  return scoreShingles(shingleSlots(prepared.tokens), new Uint8Array(prepared.tokens.length), referenceIndex().references.length) ?? [];
}

function exactReference(tokens: readonly string[]): number | undefined {
  const sameLength = referenceIndex().exact.get(tokens.length);
  if (!sameLength) return undefined;
  const digest = bodyDigest(tokens);
  return sameLength.find((body) => body.digest === digest)?.position;
}

interface Slots {
  /** Per position, the shingle's rank in the reference table, or -1 when no reference holds it. */
  slot: Int32Array;
  /** Per position, the shingle's key (to tell shingles no reference holds apart). */
  key: Int32Array;
}

function shingleSlots(tokens: readonly string[]): Slots {
  const { vocabulary, postings } = referenceIndex();
  const local = new Map<string, number>();
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let id = vocabulary.get(token) ?? local.get(token);
    if (id === undefined) {
      // Words no reference uses get ids of their own, so that their shingles still count as the file's.
      id = vocabulary.size + 1 + local.size;
      local.set(token, id);
    }
    ids[i] = id;
  }
  const length = Math.max(0, tokens.length - SHINGLE + 1);
  const slot = new Int32Array(length);
  const key = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    key[i] = shingleKey(ids[i]!, ids[i + 1]!, ids[i + 2]!);
    slot[i] = postings.slot(key[i]!);
  }
  return { slot, key };
}

/** Marks a table slot as seen in the current scoring pass without clearing an array each time. */
let stamps = new Uint32Array(0);
let stamp = 0;

/** Containment and Dice of every reference over the shingles whose words are not covered yet. */
function scoreShingles({ slot, key }: Slots, covered: Uint8Array, limit: number): Score[] | undefined {
  const { references: all, postings } = referenceIndex();
  const references = limit < all.length ? all.slice(0, limit) : all;
  if (stamps.length !== postings.size) stamps = new Uint32Array(postings.size);
  if (++stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  const shared = new Int32Array(references.length);
  const unknown = new Set<number>();
  let distinct = 0;
  for (let i = 0; i < slot.length; i++) {
    if (covered[i] || covered[i + 1] || covered[i + 2]) continue;
    const s = slot[i]!;
    if (s === -1) {
      unknown.add(key[i]!);
    } else if (stamps[s] !== stamp) {
      stamps[s] = stamp;
      distinct++;
      postings.count(s, shared, limit);
    }
  }
  distinct += unknown.size;
  if (distinct < MIN_RESIDUAL_SHINGLES) return undefined;
  return references.map((reference, i) => ({
    reference,
    containment: reference.shingles ? shared[i]! / reference.shingles : 0,
    similarity: (2 * shared[i]!) / (distinct + reference.shingles),
  }));
}

function pickBest(scores: readonly Score[], titled: readonly string[]): Score | undefined {
  let best: Score | undefined;
  let named: Score | undefined;
  for (const score of scores) {
    if (score.containment < ACCEPT_CONTAINMENT) continue;
    if (!best || score.similarity > best.similarity) best = score;
    if (titled.includes(score.reference.id) && score.containment >= TITLE_CONTAINMENT && (!named || score.similarity > named.similarity)) named = score;
  }
  return named && best && best.similarity - named.similarity <= TITLE_MARGIN ? named : best;
}

/** Reference ids the title lines name with their version ("The MIT License", "GNU GPL v3"). */
export function titledIds(prepared: PreparedText): string[] {
  if (prepared.titles.length === 0) return [];
  return findNames(flatten(prepared.titles.join("\n"))).flatMap((hit) => (hit.id ? [hit.id] : []));
}

function closest(scores: readonly Score[]): TextIdentification["candidates"] {
  const byId = new Map<string, number>();
  for (const score of scores) {
    if (score.containment < CANDIDATE_CONTAINMENT) continue;
    byId.set(score.reference.id, Math.max(byId.get(score.reference.id) ?? 0, score.containment));
  }
  return [...byId]
    .map(([spdx, score]) => ({ spdx, score: Math.round(score * 100) / 100 }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
}

/**
 * A stated version that is not the winner's, but names a sibling, wins over the resemblance. Without
 * a stated version, a version whose distinctive words are missing is not accepted (undefined).
 */
function checkVersion(score: Score, versions: readonly string[], firstMatch: boolean, tokens: readonly string[]): TextMatch | undefined {
  const { reference } = score;
  const match: TextMatch = { id: reference.id, family: reference.family, confidence: "high", score: round(score.containment), similarity: round(score.similarity), addedWords: 0, start: 0, end: 0 };
  const stated = firstMatch && reference.version ? versions : [];
  if (stated.some((version) => sameVersion(version, reference.version!))) return match;
  for (const version of stated) {
    const sibling = familyVersion(reference.family, version);
    if (sibling && sibling !== reference.id) return { ...match, id: sibling, versionFromText: true };
  }
  const markers = DISTINCTIVE_WORDS[reference.id];
  if (markers && !markers.every((marker) => tokens.some((token) => token.startsWith(marker)))) return undefined;
  return match;
}

/**
 * Marks the words the reference covers, between where the licence starts and where it ends in the
 * file (its first and last shingles; the first and last shared ones when those were edited), so that
 * a phrase it shares with a preamble or with a second licence further on is left to them. Returns how
 * many words inside that stretch it does not cover, in runs of 3 or more: an inserted clause.
 */
function cover({ slot, key }: Slots, covered: Uint8Array, position: number): { added: number; from: number; to: number } {
  const { postings, references } = referenceIndex();
  const reference = references[position]!;
  const holds = new Uint8Array(slot.length);
  let first = -1;
  let last = -1;
  let start = -1;
  let end = -1;
  for (let i = 0; i < slot.length; i++) {
    if (covered[i] || covered[i + 1] || covered[i + 2] || slot[i] === -1 || !postings.holds(slot[i]!, position)) continue;
    holds[i] = 1;
    if (first === -1) first = i;
    last = i;
    if (start === -1 && reference.startKeys.includes(key[i]!)) start = i;
    if (reference.endKeys.includes(key[i]!)) end = i;
  }
  // A first or last phrase repeated inside the licence is not where it starts or ends: most of the
  // shared words must lie between the two.
  let total = 0;
  let before = 0;
  let after = 0;
  for (let i = 0; i < holds.length; i++) {
    if (!holds[i]) continue;
    total++;
    if (start >= 0 && i < start) before++;
    if (end >= 0 && i > end) after++;
  }
  // Or when the stretch from the first phrase to the last still holds the licence: what comes before
  // is another licence sharing its phrases (MIT's disclaimer in front of a BSD text).
  const holdsBetween = (a: number, b: number) => {
    let count = 0;
    for (let i = a; i <= b; i++) count += holds[i]!;
    return count;
  };
  const enough = ACCEPT_CONTAINMENT * reference.shingles;
  const from = start >= 0 && (before <= total * EDGE_SLACK || holdsBetween(start, end >= start ? end : last) >= enough) ? start : first;
  const to = end >= from && end >= 0 && (after <= total * EDGE_SLACK || holdsBetween(from, end) >= enough) ? end : last;
  for (let i = from; i >= 0 && i <= to; i++) if (holds[i]) covered[i] = covered[i + 1] = covered[i + 2] = 1;
  let added = 0;
  let run = 0;
  for (let i = from; i >= 0 && i <= to + 2; i++) {
    if (covered[i]) {
      if (run >= 3) added += run;
      run = 0;
    } else run++;
  }
  return { added, from, to };
}

/** The clean text of runs of uncovered words, one run per line. Runs of one or two words are noise. */
function residualText(prepared: PreparedText, covered: Uint8Array): { residual: string; residualWords: number; runs: TextIdentification["runs"] } {
  const parts: string[] = [];
  const runs: TextIdentification["runs"] = [];
  let words = 0;
  let start = -1;
  const flush = (end: number) => {
    if (start >= 0 && end - start >= 3) {
      const run = { start: prepared.starts[start]!, end: prepared.ends[end - 1]!, text: prepared.clean.slice(prepared.starts[start], prepared.ends[end - 1]) };
      parts.push(run.text);
      runs.push(run);
      words += end - start;
    }
    start = -1;
  };
  for (let i = 0; i < covered.length; i++) {
    if (covered[i]) flush(i);
    else if (start < 0) start = i;
  }
  flush(covered.length);
  return { residual: parts.join("\n"), residualWords: words, runs };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
