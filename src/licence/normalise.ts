/**
 * Licence text normalisation, written by hand because no JavaScript library does it: the same licence
 * arrives as plain text, Markdown, HTML, reflowed, with a title or not, with a copyright line, in
 * British or American spelling, with French typography. Everything that varies between copies and
 * says nothing about the terms is set aside, so that two copies of one licence give the same words.
 *
 * The result keeps two views: `tokens` (the body's words, compared with reference texts) and `clean`
 * (the whole text without markup, titles included, where notices and names are looked for). Each
 * token knows where it stands in `clean`, so that the part of a file no reference text covers can be
 * read again for notices.
 */
import { repairText } from "./decode.js";

export interface PreparedText {
  /** Normalised body words: lower case, no accents, one spelling. */
  tokens: string[];
  /** Offsets of each token in `clean`. */
  starts: number[];
  ends: number[];
  /** The text without markup, every line kept (titles, versions, copyright lines). */
  clean: string;
  /** Versions stated by a title or a standalone version line ("Version 2.1 du 2013-06-21"). */
  versions: string[];
  /** The title lines set aside before the body ("The MIT License (MIT)"), as written. */
  titles: string[];
  /** "All rights reserved" / "Tous droits réservés" was said. */
  allRightsReserved: boolean;
}

/** How many leading short lines may be a title block (title, subtitle, version, date). */
const MAX_TITLE_LINES = 8;
const TITLE_MAX_WORDS = 12;

export function prepareText(raw: string): PreparedText {
  const text = removeMarkup(repairText(raw));
  const tokens: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const versions: string[] = [];
  const titles: string[] = [];
  let allRightsReserved = false;
  let clean = "";
  let inTitleBlock = true;
  let leadingLines = 0;

  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const rawLine = lines[i]!;
    let line = rawLine.trim();
    if (line === "" || (RULE_CHARS.includes(line[0]!) && RULE_LINE.test(line))) continue;
    if (line.startsWith("```") || line.startsWith("~~~") || (line.charCodeAt(0) === 91 && LINK_DEFINITION.test(line))) continue;
    const heading = line.startsWith("#");
    if (mayBeDecorated(line) && DECORATED.test(line)) line = stripLineDecoration(line);
    if (line === "") continue;
    let lower = line.toLowerCase();
    if (lower.includes("serv") && ALL_RIGHTS.test(lower)) {
      allRightsReserved = true;
      line = line.replace(ALL_RIGHTS_GLOBAL, " ").trim();
      lower = line.toLowerCase();
    }
    const base = clean.length;
    clean += line + "\n";
    if (line === "" || (COPYRIGHT_START.test(line) && COPYRIGHT_LINE.test(line))) continue;

    if (inTitleBlock || lower.startsWith("v")) {
      const words = line.split(/\s+/).length;
      const version = VERSION_LINE.exec(line);
      if (version && words <= 8) {
        versions.push(version[1]!);
        continue;
      }
      if (inTitleBlock && leadingLines < MAX_TITLE_LINES && isTitle(line, words, heading, lines[i + 1])) {
        leadingLines++;
        titles.push(line);
        const titleVersion = TITLE_VERSION.exec(line);
        if (titleVersion) versions.push((titleVersion[1] ?? titleVersion[2])!);
        continue;
      }
      inTitleBlock = false;
    }
    tokenise(lower.length === line.length ? lower : line, base, tokens, starts, ends);
  }
  return { tokens, starts, ends, clean, versions, titles, allRightsReserved };
}

/** Markup and noise removed from the whole text at once: HTML, entities, Markdown links, URLs, e-mails. */
function removeMarkup(input: string): string {
  let text = input.includes("\r") ? input.replace(/\r\n?/g, "\n") : input;
  if (/[\u2028\u2029]/.test(text)) text = text.replace(/[\u2028\u2029]/g, "\n");
  if (text.includes("<")) {
    if (looksLikeHtml(text)) text = htmlToText(text);
    text = text.replace(TAG, " ");
  }
  if (text.includes("&")) text = decodeEntities(text);
  if (text.includes("](")) text = text.replace(MARKDOWN_LINK, "$1");
  if (text.includes("\\")) text = text.replace(MARKDOWN_ESCAPE, "$1");
  if (text.includes("://") || text.includes("www.")) text = text.replace(URL, " ");
  if (text.includes("@")) text = text.replace(EMAIL, " ");
  if (SPECIAL_SPACE.test(text)) text = text.replace(SPECIAL_SPACES, " ");
  if (text.includes("&")) text = text.replace(/&/g, " and ");
  return text;
}

const TAG = /<\/?[a-zA-Z][\w:-]*(?:\s[^<>]*)?\/?>/g;
const RULE_LINE = /^\s*[=\-_*+~#.|:]{3,}\s*$/;
/** What a (trimmed) rule line can start with: most lines are tested no further. */
const RULE_CHARS = "=-_*+~#.|:";
/** Copyright lines carry names and years, never terms. "Copyright holders" in a wrapped sentence is not one. */
const COPYRIGHT_LINE = /^(?:copyright\s*(?:\(c\)|©|\d|\[|<|\{|:|\w+\s+\d{4})|\(c\)\s*(?:\d|\[|<)|©\s*(?:\d|\[|<|\w))/i;
const ALL_RIGHTS = /all\s+rights\s+reserved|tous\s+droits\s+r[ée]serv[ée]s/i;
const ALL_RIGHTS_GLOBAL = /all\s+rights\s+reserved\.?|tous\s+droits\s+r[ée]serv[ée]s\.?/gi;
const VERSION_LINE = /^(?:version|v\.?|ver\.?)\s*(\d+(?:\.\d+)*)\b/i;
const TITLE_VERSION = /\b(?:version|v)\.?\s*(\d+(?:\.\d+)*)\b|(?:^|\s)(\d\.\d)(?=\s|$|[,)/])/i;

/**
 * A title is a short line without closing punctuation that stands out: a Markdown heading, upper case,
 * or alone before a blank line or an underline. A hard-wrapped line of prose is none of these.
 */
function isTitle(line: string, words: number, heading: boolean, next: string | undefined): boolean {
  if (words > TITLE_MAX_WORDS || /[.;:,]["'»”)]?$/.test(line)) return false;
  if (heading || next === undefined || next.trim() === "" || RULE_LINE.test(next)) return true;
  const letters = line.replace(/[^\p{L}]/gu, "");
  const upper = letters.replace(/[^\p{Lu}]/gu, "");
  return letters.length > 0 && upper.length / letters.length >= 0.6;
}

function looksLikeHtml(text: string): boolean {
  const tags = text.match(/<(?:html|body|p|div|h[1-6]|br|pre|li|ol|ul|blockquote)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/\s*\n\s*/g, " ")
    .replace(/<(?:br|\/p|\/div|\/h[1-6]|\/li|\/pre|\/blockquote|\/tr|hr)\b[^>]*>/gi, "\n")
    .replace(/<(?:p|div|h[1-6]|li|pre|blockquote|tr)\b[^>]*>/gi, "\n");
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", copy: "©", laquo: "«", raquo: "»",
  rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”", hellip: "…", mdash: "—", ndash: "–", sect: "§",
  eacute: "é", egrave: "è", ecirc: "ê", euml: "ë", agrave: "à", acirc: "â", ccedil: "ç", ocirc: "ô",
  ucirc: "û", ugrave: "ù", icirc: "î", iuml: "ï", oelig: "œ", Eacute: "É", Egrave: "È", Agrave: "À",
};

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : " ";
    }
    return NAMED_ENTITIES[name] ?? whole;
  });
}

const URL = /\b(?:https?|ftp):\/\/[^\s<>")\]]+|\bwww\.[^\s<>")\]]+/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const MARKDOWN_LINK = /!?\[([^\]\n]*)\]\([^)\n]*\)/g;
const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!>])/g;
const SPECIAL_SPACE = /[\u00a0\u202f\u2007\u2009\t]/;
const SPECIAL_SPACES = /[\u00a0\u202f\u2007\u2009\t]/g;
const LINK_DEFINITION = /^\[[^\]]+\]:\s*\S+$/;
const DECORATED = /^(?:[>#|*_+•·▪◦‣–—-]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s)/i;
const COPYRIGHT_START = /^[cC(©]/;

/**
 * Whether DECORATED may match, cheaply: a line starting with an ASCII letter is decorated only by an
 * enumerator ("a.", "b)", "iv."), whose "." or ")" comes within its first five characters. Other
 * lines (bullets, quotes, digits, other letters) are left to the pattern.
 */
function mayBeDecorated(line: string): boolean {
  const first = line.charCodeAt(0) | 0x20;
  if (first < 97 || first > 122) return true;
  for (let i = 1; i < 5 && i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 46 || code === 41) return true;
  }
  return false;
}

/** Quote markers, heading markers, table pipes, bullets and enumerators ("1.", "a)", "(iv)") at the start of a line. */
function stripLineDecoration(line: string): string {
  let previous: string;
  let result = line;
  do {
    previous = result;
    result = result
      .replace(/^[>#|]+\s*/, "")
      .replace(/^[*_]{1,3}(?=\S)/, "")
      .replace(/^[-*+•·▪◦‣–—]+\s+/, "")
      .replace(/^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+/i, "")
      .trim();
  } while (result !== previous);
  return /[*_|]$/.test(result) ? result.replace(/\s*[*_|]+$/, "") : result;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * What each UTF-16 code unit is to the scanner: a lower-case ASCII letter or a digit (a word
 * character that needs no normalising), an upper-case ASCII letter, another letter or digit, or no
 * word character. Filled for ASCII here and for the rest on first sight: the Unicode test runs once
 * per code unit, not once per accented letter of every text.
 */
const UNKNOWN = 0;
const PLAIN = 1;
const UPPER = 2;
const OTHER_LETTER = 3;
const NOT_WORD = 4;
const CHAR_CLASS = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) {
  CHAR_CLASS[code] = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? PLAIN : code >= 65 && code <= 90 ? UPPER : NOT_WORD;
}

function charClass(line: string, at: number): number {
  const code = line.charCodeAt(at);
  let known = CHAR_CLASS[code]!;
  if (known === UNKNOWN) CHAR_CLASS[code] = known = LETTER_OR_DIGIT.test(line[at]!) ? OTHER_LETTER : NOT_WORD;
  return known;
}

/**
 * Words are runs of letters and digits, inner hyphens included ("non-exclusive"). A hand-written
 * scanner: a regular expression allocating a match per word was most of the time spent here.
 * `line` is already lower-cased when that kept its length (so offsets still hold).
 */
function tokenise(line: string, base: number, tokens: string[], starts: number[], ends: number[]): void {
  const length = line.length;
  let i = 0;
  while (i < length) {
    let kind = charClass(line, i);
    if (kind === NOT_WORD) {
      i++;
      continue;
    }
    const start = i;
    let plain = kind === PLAIN;
    i++;
    while (i < length) {
      kind = charClass(line, i);
      if (kind !== NOT_WORD) {
        if (kind !== PLAIN) plain = false;
        i++;
      } else if (line.charCodeAt(i) === 45 && i + 1 < length && charClass(line, i + 1) !== NOT_WORD) {
        plain = false;
        i++;
      } else break;
    }
    const word = line.slice(start, i);
    tokens.push(plain ? (mayHaveSpelling(word) ? (SPELLING.get(word) ?? word) : word) : normaliseWord(word));
    starts.push(base + start);
    ends.push(base + i);
  }
}

/** Words already normalised: licence texts repeat a few thousand words. Emptied when it grows large. */
const normalised = new Map<string, string>();
const MAX_NORMALISED = 20_000;

/** A word in its comparable form: lower case, no accents or ligatures, no inner hyphens, American spelling. */
export function normaliseWord(word: string): string {
  let result = normalised.get(word);
  if (result === undefined) {
    if (normalised.size >= MAX_NORMALISED) normalised.clear();
    result = normaliseUncached(word);
    normalised.set(word, result);
  }
  return result;
}

function normaliseUncached(word: string): string {
  let result = word.toLowerCase();
  if (NON_ASCII.test(result)) {
    result = result.replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss").normalize("NFD").replace(/\p{M}/gu, "");
  }
  if (result.includes("-")) result = result.replace(/-/g, "");
  return SPELLING.get(result) ?? result;
}

/**
 * British and American spellings (and a few equivalents the SPDX matching guidelines list), each
 * mapped to one form. Applied to references and files alike, so the choice of form does not matter.
 */
const SPELLING = new Map<string, string>([
  ["licence", "license"], ["licences", "licenses"], ["licenced", "licensed"], ["licencing", "licensing"],
  ["licensor", "licensor"], ["licencor", "licensor"], ["licencee", "licensee"], ["licencees", "licensees"],
  ["sublicence", "sublicense"], ["sublicences", "sublicenses"], ["sublicenced", "sublicensed"],
  ["organisation", "organization"], ["organisations", "organizations"], ["authorise", "authorize"],
  ["authorised", "authorized"], ["authorises", "authorizes"], ["recognise", "recognize"], ["recognised", "recognized"],
  ["utilise", "utilize"], ["utilised", "utilized"], ["behaviour", "behavior"], ["favour", "favor"],
  ["honour", "honor"], ["labour", "labor"], ["colour", "color"], ["centre", "center"], ["defence", "defense"],
  ["offence", "offense"], ["analyse", "analyze"], ["catalogue", "catalog"], ["practise", "practice"],
  ["judgement", "judgment"], ["acknowledgement", "acknowledgment"], ["acknowledgements", "acknowledgments"],
  ["whilst", "while"], ["percent", "percent"], ["artefact", "artifact"], ["artefacts", "artifacts"],
  ["modelling", "modeling"], ["cancelled", "canceled"], ["fulfil", "fulfill"], ["enrol", "enroll"],
  ["per", "per"], ["noninfringement", "noninfringement"], ["copyrightholder", "copyright"],
]);

/** Lower-case initials and lengths (up to 31) of SPELLING's words: most words need no map look-up. */
const SPELLING_SHAPES = new Uint8Array(26 * 32);
for (const word of SPELLING.keys()) {
  const initial = word.charCodeAt(0) - 97;
  if (initial >= 0 && initial < 26) SPELLING_SHAPES[initial * 32 + Math.min(word.length, 31)] = 1;
}

/** Whether a lower-case ASCII word may be one SPELLING changes. */
function mayHaveSpelling(word: string): boolean {
  const initial = word.charCodeAt(0) - 97;
  return initial >= 0 && initial < 26 && SPELLING_SHAPES[initial * 32 + Math.min(word.length, 31)] === 1;
}
