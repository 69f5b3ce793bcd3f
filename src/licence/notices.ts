/**
 * Short statements that name a licence instead of carrying its text: "released under CeCILL-B",
 * "Ce logiciel est régi par la licence CeCILL-C", the Apache and GNU file headers, a README's licence
 * section, "Code: MIT, data: Licence Ouverte 2.0". A name counts when it is declared (after "under",
 * "sous", "governed by", "licence :"…) or, in a licence file, when it opens a line; a name cited as
 * compatible, excepted or third-party does not. Several names give AND, unless the text says the
 * choice is the reader's ("dual licensed", "MIT or Apache-2.0"): then OR.
 */
import { combine, gnuFamily, leaf, type LicenceTree } from "./expression.js";
import { findNames, flatten, type NameHit } from "./names.js";

export interface NoticeResult {
  tree: LicenceTree | null;
  /** The declared names, resolved or not. */
  hits: NameHit[];
  /** Families named without the version they need ("the GPL", "CeCILL"). */
  unresolved: string[];
  /** GNU families whose statement says "or any later version". */
  orLater: Set<string>;
  /** The text says the licences it names are alternatives ("dual licensed", "under either license"). */
  choice: boolean;
}

const CUE = /(?:\bunder\b|\blicen[cs]ed\b|\breleased\b|\bdistributed\b|\bavailable\b|\bpublished\b|\bgoverned\b|\bcovered\b|\bsubject\s+to\b|\bterms\s+of\b|\bsous\b|\bregie?s?\b|\bplacee?s?\b|\bpubliee?s?\b|\bdiffusee?s?\b|\bdistribuee?s?\b|\bsoumise?s?\b|\bconcedee?s?\b|\bmise?s?\s+a\s+disposition\b|\blicen[cs]es?\s*:|\blicen[cs]ing\s*:|\bspdx-license-identifier\s*:|\butilise\s+la\s+licen[cs]e\b|\blicen[cs]e\s*(?:is|est)\b)[^.\n]{0,60}$/;
const NEGATIVE = /(?:\bcompatible\b|\bcompatibilite\b|\bincompatible\b|\bexcept\b|\bexception\b|\bexcluding\b|\bsauf\b|\bthird[-\s]part\w*|\btiers\b|\bdependenc\w*|\bdependanc\w*|\bsuch\s+as\b|\bcomme\b|\bunlike\b|\binstead\s+of\b|\bplutot\s+que\b|\brather\s+than\b|\bincluding\b|\bnot\b|\bn'est\s+pas\b|\bvs\.?)[^.\n]{0,40}$/;
const LINE_OPENING = /(?:^|\n)[\s"'*_#>|:-]*(?:(?:the|la|le|licen[cs]e|licen[cs]es|code|data|donnees|documentation|contenu|content)\s*:?\s*)*$/;
const DUAL = /\bdual[-\s]?licen[cs]|\bdouble[-\s]licen[cs]|\bbi[-\s]?licen[cs]|\bmulti[-\s]?licen[cs]|\bat\s+your\s+(?:option|choice)\b|\bau\s+choix\b|\ba\s+votre\s+choix\b|\beither\s+(?:of\s+)?(?:the\s+)?(?:following|these|two|licen[cs]es?)\b|\bunder\s+either\b|\bdual\s+[a-z0-9.+-]+\s*\/\s*[a-z0-9.+-]+|\b(?:or|ou)\s*,?\s*(?:optionally|alternatively|au\s+choix|alternativement)\b|\bchoose\s+(?:between|either|one\s+of)\b|\bchoisir\s+entre\b/;
const OR_BETWEEN = /^[^.\n;]{0,40}\b(?:or|ou|and\/or|et\/ou)\b[^.\n;]{0,40}$/;
const OR_LATER_PHRASE = /\bor\s+(?:\(\s*at\s+your\s+option\s*\)\s*,?\s*)?any\s+later\s+version\b|\b(?:ou|soit)\s+(?:\(\s*a\s+votre\s+(?:choix|convenance)\s*\)\s*,?\s*)?(?:toute|une)\s+version\s+ulterieure\b/g;

/**
 * Licence statements in a text. `standalone`: the text is a licence file of its own, where a name
 * opening a line ("MIT License", "Licence : CeCILL-B") is a declaration.
 */
export function findNotices(text: string, options: { standalone: boolean }): NoticeResult {
  const flat = flatten(text);
  const declared = findNames(flat).filter((hit) => isDeclared(flat, hit, options.standalone));
  const orLater = new Set<string>();
  for (const hit of declared) {
    const family = hit.id ? gnuFamily(hit.id) : undefined;
    if (family && hit.orLater) orLater.add(family);
  }
  const resolved = declared.filter((hit) => hit.id);
  const unresolved = [...new Set(declared.filter((hit) => !hit.id && !resolved.some((other) => other.family === hit.family)).map((hit) => hit.family))];
  const dual = DUAL.test(flat.replace(OR_LATER_PHRASE, " "));
  const tree = treeOf(flat, resolved, dual);
  return { tree, hits: declared, unresolved, orLater, choice: dual || tree?.kind === "or" || (tree?.kind === "and" && tree.items.some((item) => item.kind === "or")) };
}

function isDeclared(flat: string, hit: NameHit, standalone: boolean): boolean {
  const before = flat.slice(Math.max(0, hit.start - 90), hit.start);
  // Within the paragraph, a wrapped line goes on: the cue may stand on the line above.
  const paragraph = before.slice(before.search(/\n\s*\n(?![\s\S]*\n\s*\n)/) + 1).replace(/\s+/g, " ");
  const sameSentence = paragraph.slice(Math.max(paragraph.search(/[.!?](?=\s)[^.!?]*$/), 0));
  if (NEGATIVE.test(paragraph.slice(-50))) return false;
  if (CUE.test(sameSentence)) return true;
  return standalone && LINE_OPENING.test(before);
}

/** Adjacent names joined by "or" are alternatives; a text saying "dual licensed" makes them all so. */
function treeOf(flat: string, hits: readonly NameHit[], dual: boolean): LicenceTree | null {
  if (hits.length === 0) return null;
  const unique: NameHit[] = [];
  for (const hit of hits) {
    const twin = unique.find((other) => other.id === hit.id);
    if (twin) twin.orLater ||= hit.orLater;
    else unique.push({ ...hit });
  }
  if (unique.length === 1) return leaf(unique[0]!.id!, unique[0]!);
  const groups: LicenceTree[][] = [[leaf(unique[0]!.id!, unique[0]!)]];
  for (let i = 1; i < unique.length; i++) {
    const between = flat.slice(unique[i - 1]!.end, unique[i]!.start);
    const node = leaf(unique[i]!.id!, unique[i]!);
    if (dual || OR_BETWEEN.test(between)) groups[groups.length - 1]!.push(node);
    else groups.push([node]);
  }
  return combine("and", groups.map((group) => combine("or", group)!));
}

/** How many times a text says "or (at your option) any later version" / "ou toute version ultérieure". */
export function countOrLaterPhrases(text: string): number {
  return flatten(text).match(OR_LATER_PHRASE)?.length ?? 0;
}
