/**
 * One licence file identified: full texts first (see match.ts), then notices in what no full text
 * covers (a preamble, "exports are under the Licence Ouverte 2.0", or a file that is only a notice).
 */
import { addsRestriction } from "./restrictions.js";
import { combine, gnuFamily, leaf, leaves, leafId, type LicenceTree } from "./expression.js";
import { identifyText, titledIds, type TextIdentification, type TextMatch } from "./match.js";
import { flatten } from "./names.js";
import type { PreparedText } from "./normalise.js";
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

export function identifyLicenceFile(path: string, text: string): IdentifiedFile {
  if (text.trim() === "") return { match: { path, spdx: null, confidence: null, empty: true }, tree: null, orLater: new Set() };
  const identified = identifyText(text);
  const { prepared } = identified;
  const orLater = new Set<string>();

  // What no matched text covers, read again for notices, except: names inside a licence text are the
  // text's own (EUPL's compatibility appendix, a CC legal code's note on CC0), not grants; and a
  // text introduced as a bundled component's licence, after the project's own, is set aside.
  const { own, bundled, notices: noticeText } = splitBundled(identified);
  const parts: NonNullable<LicenceFileMatch["parts"]> = own.map((match) => ({ spdx: match.id, confidence: match.confidence, score: match.score }));

  // A title naming a licence over a long text that matches no licence is a modified or unknown text,
  // not that licence: then only a stated grant ("licensed under ...") counts (but see `paraphrase`).
  const standalone = identified.matches.length > 0 || prepared.tokens.length < TITLE_TRUSTED_WORDS;
  const notices = noticeText.trim() ? findNotices(noticeText, { standalone }) : undefined;
  for (const family of notices?.orLater ?? []) orLater.add(family);
  const matched = own.map((match) => leaf(match.id));
  let tree: LicenceTree | null;
  let paraphrase = false;
  if (matched.length === 0) {
    tree = notices?.tree ?? null;
    for (const node of leaves(tree)) parts.push({ spdx: node.id, confidence: "notice" });
    if (!tree && identified.matches.length === 0) {
      const titled = titledLicence(identified, prepared);
      if (titled) {
        tree = leaf(titled);
        paraphrase = true;
        parts.push({ spdx: titled, confidence: "title" });
      }
    }
  } else if (notices?.tree && matched.every((node) => leaves(notices.tree).some((other) => other.kind === "leaf" && node.kind === "leaf" && other.id === node.id))) {
    // The notice names every licence whose text follows, and says how they combine ("dual licensed").
    tree = notices.tree;
  } else {
    const matchedIds = new Set(leaves(combine("and", matched)).map((node) => node.id));
    const matchedFamilies = new Set(own.map((match) => match.family));
    const extra = leaves(notices?.tree ?? null).filter((node) => !matchedIds.has(node.id) && !matchedFamilies.has(familyOf(node.id)));
    for (const node of extra) parts.push({ spdx: node.id, confidence: "notice" });
    // "Dual BSD/GPLv2 ... under either license" over both texts: the reader chooses.
    tree = combine(notices?.choice && matched.length + extra.length > 1 ? "or" : "and", [...matched, ...extra]);
  }

  // "Or any later version" said more often than the matched texts say it themselves: a grant. So is
  // the GPL's own "How to apply" appendix once filled in with a real year and name.
  const { references } = referenceIndex();
  const ownPhrases = own.reduce((sum, match) => sum + Math.max(0, ...references.filter((ref) => ref.id === match.id).map((ref) => ref.orLaterPhrases)), 0);
  if (countOrLaterPhrases(prepared.clean) > ownPhrases || (own.some((match) => gnuFamily(match.id)) && filledInOrLater(text))) {
    for (const node of leaves(tree)) {
      const family = gnuFamily(node.id);
      if (family) orLater.add(family);
    }
  }

  const confidence: Confidence | null = own.length
    ? own.every((match) => match.confidence === "exact") ? "exact" : "high"
    : paraphrase ? "title" : tree ? "notice" : null;
  const match: LicenceFileMatch = { path, spdx: null, confidence };
  if (own.length) match.score = own[0]!.score;
  const modified = own.find((item) => item.modified);
  if (modified) match.modified = { spdx: modified.id, addedWords: modified.addedWords, restrictive: addsRestriction(identified.residual) };
  if (parts.length) match.parts = parts;
  if (bundled.length) match.bundled = bundled.map((item) => item.id);
  if (paraphrase) match.paraphrase = true;
  if (!tree) {
    if (identified.candidates.length) match.candidates = identified.candidates;
    const reservation = reservationOf(prepared, identified.residual);
    if (reservation) {
      match.proprietary = true;
      match.reservation = reservation;
    }
  }
  if (notices?.unresolved.length && !tree) match.unresolved = notices.unresolved;
  return { match, tree, orLater };
}

/**
 * Said of a matched text just before it: it is someone else's component's licence ("This project
 * bundles jQuery, distributed under:", "Portions of this code come from…", "bibliothèque tierce").
 * Data and documentation the project itself publishes are not components.
 */
const BUNDLED = /\b(?:third[-\s]?part(?:y|ies)|3rd[-\s]party|bundl\w*|vendor(?:ed|s)?\b|components?\b|composants?\b|dependenc(?:y|ies)|dependances?|tier(?:s|ce|ces)\b|portions?\s+of|derived\s+from|copied\s+from|forked\s+from|fork\s+of|based\s+on\s+(?:code|work)|issu\w*\s+d[eu]|upstream|originally\s+(?:written|developed|licensed)|(?:includes?|uses?|contains?|embeds?|ships?|inclut|utilise|contient|embarque|integre)\b[^.]{0,40}\b(?:librar(?:y|ies)|bibliotheques?|modules?|packages?|code\s+(?:from|de|issu)))/;
/** How many sentences before a matched text may introduce it. */
const INTRO_SENTENCES = 2;

interface Split {
  own: TextMatch[];
  bundled: TextMatch[];
  /** The residual text notices are read in: outside licence texts and bundled introductions. */
  notices: string;
}

function splitBundled(identified: TextIdentification): Split {
  const matches = [...identified.matches].sort((a, b) => a.start - b.start);
  const outside = identified.runs.filter((run) => !matches.some((match) => run.start >= match.start && run.end <= match.end));
  const own: TextMatch[] = [];
  const bundled: TextMatch[] = [];
  const noticeParts: string[] = [];
  const textBetween = (from: number, to: number) => outside.filter((run) => run.start >= from && run.end <= to).map((run) => run.text).join("\n");
  let boundary = 0;
  for (const match of matches) {
    const raw = textBetween(boundary, match.start);
    const sentences = raw.split(/(?<=[.!?:;])\s+|\n\s*\n/);
    // The introduction: from the last of the final sentences that speaks of a component.
    let intro = -1;
    for (let i = Math.max(0, sentences.length - INTRO_SENTENCES); i < sentences.length; i++) if (BUNDLED.test(flatten(sentences[i]!))) intro = intro === -1 ? i : intro;
    const earlier = sentences.slice(0, intro === -1 ? sentences.length : intro).join(" ");
    const earlierTree = earlier.trim() === "" ? null : findNotices(earlier, { standalone: false }).tree;
    // The project's own grant naming the licence whose text follows ("This library is free software
    // ... under the GNU Lesser GPL", then the LGPL): that text is the project's, whatever follows.
    const sameAsStated = leaves(earlierTree).some((node) => node.id === match.id || familyOf(node.id) === match.family);
    const projectLicence = !sameAsStated && (own.length > 0 || earlierTree !== null);
    if (intro !== -1 && projectLicence) bundled.push(match);
    else own.push(match);
    // The introduction speaks of the component: its names are not the project's grant.
    noticeParts.push(intro !== -1 && projectLicence ? earlier : raw);
    boundary = Math.max(boundary, match.end);
  }
  noticeParts.push(textBetween(boundary, Infinity));
  return { own, bundled, notices: noticeParts.filter((part) => part.trim()).join("\n") };
}

/**
 * A text titled with one licence, long enough to be a licence, that matches no reference and
 * restricts nothing: a paraphrase of that licence (a translation, a summary, an old wording). It is
 * read as the licence it names, flagged so that the rule asks for the official text.
 */
function titledLicence(identified: TextIdentification, prepared: PreparedText): string | undefined {
  if (prepared.tokens.length < TITLE_TRUSTED_WORDS || prepared.allRightsReserved || addsRestriction(identified.residual)) return undefined;
  // A text holding a good part of a reference's wording is a damaged or cut copy of it, not a
  // paraphrase: it stays unrecognised, with that reference as the closest candidate.
  if (identified.candidates.some((candidate) => candidate.score >= COPY_SHARE)) return undefined;
  const ids = [...new Set(titledIds(prepared))];
  return ids.length === 1 ? ids[0] : undefined;
}

/** Share of a reference's word trigrams above which a text is a (damaged) copy of it rather than a paraphrase. */
const COPY_SHARE = 0.3;

/** The GNU "How to apply" appendix filled in (a real year in its copyright line) and saying "any later version". */
function filledInOrLater(text: string): boolean {
  const at = text.search(/how\s+to\s+apply\s+these\s+terms/i);
  if (at === -1) return false;
  const appendix = text.slice(at);
  return /copyright\s*(?:\(c\)|©)?\s*(?:19|20)\d\d/i.test(appendix) && !/one\s+line\s+to\s+give\s+the\s+program/i.test(appendix) && countOrLaterPhrases(appendix) > 0;
}

/**
 * Where a text reserves rights instead of granting them ("All rights reserved", "strictly
 * prohibited", "proprietary and confidential"), the phrase itself, for the message; undefined when
 * it says nothing of the kind or grants permissions (a licence text merely mentioning proprietary
 * software reserves nothing).
 */
function reservationOf(prepared: PreparedText, residual: string): string | undefined {
  const flat = flatten(prepared.clean);
  if (GRANT.test(flat)) return undefined;
  if (prepared.allRightsReserved) return "All rights reserved";
  const found = RESERVATION.exec(flatten(residual)) ?? RESERVATION.exec(flat);
  return found ? found[0] : undefined;
}

const RESERVATION = /\bstrictement\s+interdite?s?\b|\bstrictly\s+prohibited\b|\bproprietary\s+and\s+confidential\b|\bconfidential\s+and\s+proprietary\b|\bconfidentiel(?:le)?s?\b|\bconfidential\b|\bpropriete\s+exclusive\b|\bno\s+licen[cs]e\s+is\s+granted\b|\baucune\s+licence\s+n'est\s+(?:accordee|concedee)\b/;
/** Words that grant: a text saying them is a licence, whatever else it mentions ("proprietary software" in passing). */
const GRANT = /\bpermission\s+is\s+(?:hereby\s+)?granted\b|\bhereby\s+grants?\b|\byou\s+(?:may|can|are\s+free\s+to)\s+(?:use|copy|redistribute|modify|distribute)\b|\bredistribution\s+and\s+use\b|\bfree\s+software\b|\bopen\s+source\b|\bgrants?\b[^.]{0,80}\bright\s+to\b|\b(?:concede|accorde)\b[^.]{0,80}\bdroits?\b|\best\s+autorise\w*\s+a\b|\bvous\s+pouvez\s+(?:utiliser|copier|modifier|redistribuer)\b/;

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
