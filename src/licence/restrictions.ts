/**
 * Whether words added inside a licence text restrict it. Official texts circulate in several wordings
 * (the Licence Ouverte 2.0 has a Markdown edition whose examples and phrasing differ from the PDF):
 * such drift is not a new licence. What makes a modified text a different licence is a clause that
 * takes a freedom away — no commercial use, prior permission, an exclusion — and those are said with
 * a small vocabulary in French and English.
 */
const RESTRICTION = new RegExp(
  [
    String.raw`\bnon[- ]?commercial`,
    String.raw`\bcommercial (use|purposes?)\b`,
    String.raw`\b(usage|utilisation|fins?) commerciale?s?\b`,
    String.raw`\b(prohibit|forbid|forbidden|not (be )?(permitted|allowed)|may not be (used|sold|modified|distributed))`,
    String.raw`\b(without|prior) (the )?(prior |express )?(written )?(permission|consent|authori[sz]ation)\b`,
    String.raw`\b(interdit|interdite|interdits|interdiction|prohibée?)\b`,
    String.raw`\b(autorisation|accord) (préalable|écrit|expresse?)\b`,
    String.raw`\bsans (l'|l’)?(autorisation|accord)\b`,
    String.raw`\b(n'est|ne sont) pas (autorisée?s?|permise?s?)\b`,
    String.raw`\b(à l'exception|a l'exception|à l’exception|with the exception|except for|excluding)\b`,
    String.raw`\b(exclusivement|uniquement|solely|only) (pour|à des fins|for|by)\b`,
  ]
    .join("|")
    // Word boundaries that know accented letters: `\b` is ASCII-only and misses "à l'exception".
    .replace(/^\\b|(?<=\|)\\b/g, String.raw`(?<![\p{L}\p{N}])`)
    .replace(/\\b(?=\||$)/g, String.raw`(?![\p{L}\p{N}])`),
  "iu",
);

export function addsRestriction(addedText: string): boolean {
  return RESTRICTION.test(addedText);
}
