/**
 * One licence file identified: full texts first (see match.ts), then notices in what no full text
 * covers (a preamble, "exports are under the Licence Ouverte 2.0", or a file that is only a notice).
 */
import { addsRestriction } from "./restrictions.js";
import { combine, gnuFamily, leaf, leaves, leafId, type LicenceTree } from "./expression.js";
import { identifyText } from "./match.js";
import { flatten } from "./names.js";
import { countOrLaterPhrases, findNotices } from "./notices.js";
import { referenceIndex } from "./references.js";
import type { Confidence, LicenceFileMatch } from "./types.js";

export interface IdentifiedFile {
  match: LicenceFileMatch;
  tree: LicenceTree | null;
  /** GNU families this file grants "or any later version" of. */
  orLater: Set<string>;
}

/** Longer texts than this, when they match no reference, are not identified by their title alone. */
const TITLE_TRUSTED_WORDS = 150;

const PROPRIETARY = /\bproprietary\b|\bproprietaire\b|\bstrictement\s+interdit|\bstrictly\s+prohibited\b|\bconfidential\b|\bconfidentiel/;

export function identifyLicenceFile(path: string, text: string): IdentifiedFile {
  if (text.trim() === "") return { match: { path, spdx: null, confidence: null, empty: true }, tree: null, orLater: new Set() };
  const identified = identifyText(text);
  const orLater = new Set<string>();
  const parts: NonNullable<LicenceFileMatch["parts"]> = identified.matches.map((match) => ({ spdx: match.id, confidence: match.confidence, score: match.score }));

  // A title naming a licence over a long text that matches no licence is a modified or unknown text,
  // not that licence: then only a stated grant ("licensed under ...") counts.
  const standalone = identified.matches.length > 0 || identified.prepared.tokens.length < TITLE_TRUSTED_WORDS;
  const notices = identified.residual.trim() ? findNotices(identified.residual, { standalone }) : undefined;
  for (const family of notices?.orLater ?? []) orLater.add(family);
  const matched = identified.matches.map((match) => leaf(match.id));
  let tree: LicenceTree | null;
  if (matched.length === 0) {
    tree = notices?.tree ?? null;
    for (const node of leaves(tree)) parts.push({ spdx: node.id, confidence: "notice" });
  } else if (notices?.tree && matched.every((node) => leaves(notices.tree).some((other) => other.kind === "leaf" && node.kind === "leaf" && other.id === node.id))) {
    // The notice names every licence whose text follows, and says how they combine ("dual licensed").
    tree = notices.tree;
  } else {
    const matchedIds = new Set(leaves(combine("and", matched)).map((node) => node.id));
    const matchedFamilies = new Set(identified.matches.map((match) => match.family));
    const extra = leaves(notices?.tree ?? null).filter((node) => !matchedIds.has(node.id) && !matchedFamilies.has(familyOf(node.id)));
    for (const node of extra) parts.push({ spdx: node.id, confidence: "notice" });
    tree = combine("and", [...matched, ...extra]);
  }

  // "Or any later version" said more often than the matched texts say it themselves: a grant.
  const { references } = referenceIndex();
  const ownPhrases = identified.matches.reduce((sum, match) => sum + Math.max(0, ...references.filter((ref) => ref.id === match.id).map((ref) => ref.orLaterPhrases)), 0);
  if (countOrLaterPhrases(identified.prepared.clean) > ownPhrases) {
    for (const node of leaves(tree)) {
      const family = gnuFamily(node.id);
      if (family) orLater.add(family);
    }
  }

  const confidence: Confidence | null = identified.matches.length
    ? identified.matches.every((match) => match.confidence === "exact") ? "exact" : "high"
    : tree ? "notice" : null;
  const match: LicenceFileMatch = { path, spdx: null, confidence };
  if (identified.matches.length) match.score = identified.matches[0]!.score;
  const modified = identified.matches.find((item) => item.modified);
  if (modified) match.modified = { spdx: modified.id, addedWords: modified.addedWords, restrictive: addsRestriction(identified.residual) };
  if (parts.length) match.parts = parts;
  if (!tree) {
    if (identified.candidates.length) match.candidates = identified.candidates;
    if (identified.prepared.allRightsReserved || PROPRIETARY.test(flatten(identified.prepared.clean))) match.proprietary = true;
  }
  if (notices?.unresolved.length && !tree) match.unresolved = notices.unresolved;
  return { match, tree, orLater };
}

/** The reference family of an id, or the id itself. */
function familyOf(id: string): string {
  return referenceIndex().references.find((ref) => ref.id === id)?.family ?? id;
}

/** Writes the final SPDX ids of a file's parts once the repository's "or later" is known. */
export function finishFile(file: IdentifiedFile, tree: LicenceTree | null): LicenceFileMatch {
  const spdx = tree ? leaves(tree).map((node) => leafId(node)) : [];
  const parts = file.match.parts?.map((part) => ({ ...part, spdx: spdx.find((id) => id === part.spdx || id === `${part.spdx}-only` || id === `${part.spdx}-or-later`) ?? part.spdx }));
  return { ...file.match, ...(parts ? { parts } : {}) };
}
