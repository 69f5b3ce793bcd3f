/**
 * Licence names as people write them ("CeCILL v2.1", "Licence Ouverte 2.0", "GNU GPLv3+", "Apache
 * License, Version 2.0", "licence publique générale GNU"), recognised in prose, manifests and
 * classifiers. spdx-correct only knows English spellings of SPDX names and guesses versions it was
 * not given ("GPL" becomes GPL-3.0-or-later), which would turn a vague statement into a homologated
 * licence: here a name without the version its family needs stays unresolved.
 */

export interface NameHit {
  family: string;
  /** SPDX id (GNU ids bare: GPL-3.0), null when the family needs a version that is not given. */
  id: string | null;
  /** Offsets in the flattened text. */
  start: number;
  end: number;
  orLater: boolean;
  only: boolean;
}

/** Lower case, no accents, one kind of quote and space: what name patterns read. Offsets are kept. */
export function flatten(text: string): string {
  let result = text.toLowerCase();
  if (/[^\x00-\x7f]/.test(result)) {
    result = result
      .replace(/[\u2018\u2019\u02bc\u2032`´]/g, "'")
      .replace(/[«»\u201c\u201d\u201e]/g, '"')
      .replace(/[\u00a0\u202f\u2007\u2009]/g, " ")
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      .replace(/œ/g, "e")
      .replace(/æ/g, "a")
      .replace(/[^\x00-\x7f]/g, (c) => c.normalize("NFD").charAt(0));
  }
  return result;
}

interface NamePattern {
  family: string;
  pattern: RegExp;
}

const L = "licen[cs]e";
/** Order matters: a longer name hides the shorter one it contains (Lesser GPL, then GPL). */
const NAMES: readonly NamePattern[] = [
  { family: "AGPL", pattern: new RegExp(`\\b(?:gnu\\s+)?affero\\s+(?:gnu\\s+)?(?:general\\s+public\\s+${L}|gpl)\\b|\\b${L}\\s+publique\\s+generale\\s+(?:gnu\\s+)?affero(?:\\s+gnu)?\\b|\\bagpl`, "g") },
  { family: "LGPL", pattern: new RegExp(`\\b(?:gnu\\s+)?(?:lesser|library)\\s+(?:gnu\\s+)?(?:general\\s+public\\s+${L}|gpl)\\b|\\b${L}\\s+publique\\s+generale\\s+(?:limitee|amoindrie|moindre)(?:\\s+gnu)?\\b|\\blgpl`, "g") },
  { family: "GPL", pattern: new RegExp(`\\b(?:gnu\\s*/?\\s*)?general\\s+public\\s+${L}\\b|\\b${L}\\s+publique\\s+generale(?:\\s+gnu)?\\b|\\bgnu\\s+gpl\\b|\\bgpl`, "g") },
  { family: "CECILL", pattern: /\bcecill(?![a-z0-9])(?:[-_ ]?([bc])(?![a-z0-9]))?/g },
  { family: "EUPL", pattern: new RegExp(`\\beupl\\b|\\beuropean\\s+union\\s+public\\s+${L}\\b|\\b${L}\\s+publique\\s+de\\s+l'\\s*union\\s+europeenne\\b`, "g") },
  { family: "etalab", pattern: new RegExp(`\\b${L}\\s+ouverte\\b|\\bopen\\s+${L}(?=\\s*(?:/|v\\.?\\s*\\d|version\\s+\\d|\\d\\.\\d|\\(?etalab))|\\betalab(?=[-\\s]?(?:2\\.0|v2\\b|1\\.0|open\\s+${L}|${L}))`, "g") },
  { family: "MIT-0", pattern: /\bmit-0\b|\bmit\s+no\s+attribution\b/g },
  { family: "MIT", pattern: /\bmit\b(?!-0\b)/g },
  { family: "Apache", pattern: new RegExp(`\\bapache\\s+(?:software\\s+)?${L}\\b|\\bapache(?=[-\\s]?v?\\d)|\\basl[-\\s]?(?=2\\b)`, "g") },
  { family: "0BSD", pattern: /\b0bsd\b|\bzero[-\s]clause\s+bsd\b/g },
  { family: "BSD", pattern: /\bbsd\b/g },
  { family: "MPL", pattern: new RegExp(`\\bmozilla\\s+public\\s+${L}\\b|\\bmpl\\b`, "g") },
  { family: "EPL", pattern: new RegExp(`\\beclipse\\s+public\\s+${L}\\b|\\bepl\\b`, "g") },
  { family: "ODbL", pattern: new RegExp(`\\bodbl\\b|\\bopen\\s+database\\s+${L}\\b|\\b${L}\\s+ouverte\\s+de\\s+bases?\\s+de\\s+donnees\\b`, "g") },
  { family: "CC0", pattern: /\bcc0\b|\bcc[-\s]zero\b|\bcreative\s+commons\s+zero\b/g },
  { family: "CC", pattern: /\bcreative\s+commons\b|\bcc(?=[-\s]by\b)/g },
  { family: "Unlicense", pattern: /\bunlicense\b(?!d)/g },
  { family: "WTFPL", pattern: /\bwtfpl\b|\bdo\s+what\s+the\s+f\S*\s+you\s+want\s+to\s+public\s+license\b/g },
  { family: "ISC", pattern: new RegExp(`\\bisc\\s+${L}\\b|\\biscl?\\b(?=\\s*(?:$|[),.;]|${L}))`, "g") },
  { family: "Zlib", pattern: /\bzlib(?:\/libpng)?\s+licen[cs]e\b/g },
  { family: "BSL", pattern: new RegExp(`\\bboost\\s+software\\s+${L}\\b|\\bbsl-1\\.0\\b`, "g") },
];

/** GNU families and CeCILL need a version; these do not have one, or have only one. */
const VERSIONLESS: Record<string, string> = {
  "MIT": "MIT", "MIT-0": "MIT-0", "0BSD": "0BSD", "ODbL": "ODbL-1.0", "CC0": "CC0-1.0", "Unlicense": "Unlicense",
  "WTFPL": "WTFPL", "ISC": "ISC", "Zlib": "Zlib", "BSL": "BSL-1.0",
};

const VERSIONED: Record<string, Record<string, string>> = {
  GPL: { "1": "GPL-1.0", "2": "GPL-2.0", "3": "GPL-3.0" },
  LGPL: { "2": "LGPL-2.0", "2.1": "LGPL-2.1", "3": "LGPL-3.0" },
  AGPL: { "1": "AGPL-1.0", "3": "AGPL-3.0" },
  CECILL: { "1": "CECILL-1.0", "1.1": "CECILL-1.1", "2": "CECILL-2.0", "2.1": "CECILL-2.1" },
  EUPL: { "1": "EUPL-1.0", "1.1": "EUPL-1.1", "1.2": "EUPL-1.2" },
  etalab: { "1": "LicenseRef-etalab-1.0", "2": "etalab-2.0" },
  Apache: { "1": "Apache-1.0", "1.1": "Apache-1.1", "2": "Apache-2.0" },
  MPL: { "1": "MPL-1.0", "1.1": "MPL-1.1", "2": "MPL-2.0" },
  EPL: { "1": "EPL-1.0", "2": "EPL-2.0" },
};

const CC_VERSIONS = new Set(["1", "2", "2.5", "3", "4"]);

/** Every licence name in a flattened text, in order, longer names first where two overlap. */
export function findNames(flat: string): NameHit[] {
  const hits: NameHit[] = [];
  const taken: [number, number][] = [];
  for (const { family, pattern } of NAMES) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(flat); match; match = pattern.exec(flat)) {
      const start = match.index;
      const end = start + match[0].length;
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      hits.push(resolve(family, flat, start, end, match[1]));
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The sentence after a name, where its version and "or later" are said. */
function sentenceAfter(flat: string, end: number): string {
  const window = flat.slice(end, end + 160);
  const stop = window.search(/(?<!\bv|\d)[.;!?](?=\s|$)|\n\s*\n|\)\s*;/);
  return stop === -1 ? window : window.slice(0, stop);
}

const IMMEDIATE_VERSION = /^[\s\-_,:(]*(?:>=?\s*)?(?:(?:public\s+|software\s+)?licen[cs]e\s*,?\s*|agreement\s*,?\s*)?(?:v(?:ersion)?\s*\.?\s*|ver\.?\s*)?(\d)(?:\.(\d))?(?:\.0)?(?!\d|\.\d|-\d{2})(\+)?/;
const LATER_VERSION = /\b(?:version|v\.?)\s*(\d)(?:\.(\d))?(?!\d|-\d{2})/;
const NEARBY_VERSION = /(?<![\d.])(\d)\.(\d)(?![\d.]\d)/;
const OR_LATER = /\bor\s+(?:\(\s*at\s+your\s+option\s*\)\s*,?\s*)?(?:any\s+)?later(?:\s+version)?\b|\bor[-\s]later\b|\bor\s+newer\b|\band\s+later\b|\b(?:ou|soit)\s+(?:\(\s*a\s+votre\s+(?:choix|convenance)\s*\)\s*,?\s*)?(?:toute|une|n'importe\s+quelle)\s+version\s+ulterieure\b|\bou\s+(?:toute\s+)?(?:version\s+)?(?:ulterieure|superieure|plus\s+recente)\b|>=|\bgreater\b/;
const ONLY = /(?:^|[-\s])only\b|\buniquement\b|\bseulement\b/;

function resolve(family: string, flat: string, start: number, end: number, suffix: string | undefined): NameHit {
  const after = sentenceAfter(flat, end);
  const hit: NameHit = { family, id: null, start, end, orLater: OR_LATER.test(after), only: ONLY.test(after.slice(0, 40)) };
  if (family === "CECILL" && suffix) return { ...hit, family: `CECILL-${suffix.toUpperCase()}`, id: `CECILL-${suffix.toUpperCase()}` };
  const fixed = VERSIONLESS[family];
  if (fixed) return { ...hit, id: fixed };
  if (family === "BSD") return { ...hit, id: bsdVariant(flat, start, end) };
  if (family === "CC") return ccVariant(hit, flat, end);
  const versions = VERSIONED[family];
  if (!versions) return hit;
  const version = versionAfter(after);
  if (version) {
    hit.id = versions[version.version] ?? null;
    if (version.plus) hit.orLater = true;
  }
  return hit;
}

function versionAfter(after: string): { version: string; plus: boolean } | undefined {
  const immediate = IMMEDIATE_VERSION.exec(after);
  const match = immediate ?? LATER_VERSION.exec(after.slice(0, 110)) ?? NEARBY_VERSION.exec(after.slice(0, 40));
  if (!match) return undefined;
  const minor = match[2] && match[2] !== "0" ? `.${match[2]}` : "";
  return { version: `${match[1]}${minor}`, plus: Boolean(immediate?.[3]) || /^\+/.test(after.slice(match.index + match[0].length)) };
}

function bsdVariant(flat: string, start: number, end: number): string | null {
  const around = flat.slice(Math.max(0, start - 40), end + 40);
  if (/\b(?:2|two)[-\s]?clauses?\b|\bsimplified\b|\bfreebsd\b/.test(around)) return "BSD-2-Clause";
  if (/\b(?:3|three)[-\s]?clauses?\b|\b(?:new|modified|revised)\s+bsd\b/.test(around)) return "BSD-3-Clause";
  if (/\b(?:4|four)[-\s]?clauses?\b|\boriginal\s+bsd\b/.test(around)) return "BSD-4-Clause";
  return null;
}

/** "CC BY-SA 4.0", "Creative Commons Attribution - Partage dans les mêmes conditions 4.0 International". */
function ccVariant(hit: NameHit, flat: string, end: number): NameHit {
  const window = flat.slice(end, end + 120);
  const parts: string[] = [];
  const zero = /^[\s-]*(?:zero|0)\b/.test(window);
  if (zero) return { ...hit, family: "CC0", id: "CC0-1.0" };
  if (/^[\s-]*(?:by\b|attribution\b|paternite\b)/.test(window)) parts.push("BY");
  else return hit;
  if (/\bnon[-\s]?commercial\b|\bnc\b|pas\s+d'utilisation\s+commerciale/.test(window)) parts.push("NC");
  if (/\bno[-\s]?deriv\w*\b|\bnd\b|pas\s+de\s+modification/.test(window)) parts.push("ND");
  else if (/\bshare[-\s]?alike\b|\bsa\b|partage\s+(?:dans\s+les\s+memes\s+conditions|a\s+l'identique)/.test(window)) parts.push("SA");
  const version = /\b(\d)\.(\d)\b/.exec(window) ?? /\bv(\d)\b/.exec(window);
  const family = `CC-${parts.join("-")}`;
  if (!version) return { ...hit, family };
  const number = version[2] === undefined || version[2] === "0" ? version[1]! : `${version[1]}.${version[2]}`;
  if (!CC_VERSIONS.has(number)) return { ...hit, family };
  return { ...hit, family, id: `${family}-${number.includes(".") ? number : `${number}.0`}` };
}
