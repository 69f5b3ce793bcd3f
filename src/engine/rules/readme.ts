/**
 * readme: the first page anyone opens says what the project is, in sentences, and where to start.
 *
 * A README passes when it describes the project in prose — in its opening lines (before the first
 * section after the title) or in a section that introduces it ("Description", "Contexte", "À propos",
 * "Le projet", "Objectif"…) — and, when the repository holds software, tells how to install or use it
 * (an installation, usage or documentation section, commands, or a link to a document of the
 * repository). What does not count as a description: a title alone, badges, images, links, text left
 * by a project generator, a skeleton's unfilled blanks ("[Nom du projet] permet à [qui]…"), and a
 * runbook of commands that never says what the project is.
 * Bilingual READMEs (README.md and README.fr.md) are judged each, the best one counts.
 */
import { commandsOf } from "../commands.js";
import { linkedDocuments, mainReadmes } from "../doc-candidates.js";
import type { Document } from "../documents.js";
import { normaliseHeading } from "../locate.js";
import { fail, pass, warn } from "../outcome.js";
import { hasSoftware } from "../software.js";
import type { Outcome, Rule, RuleContext } from "../types.js";
import { DESCRIPTION_HEADING, INSTALL_HEADING, USAGE_HEADING, USER_POINTER_HEADING, hasPlaceholders, isBoilerplate } from "../vocabulary.js";

/** A sentence that says something: at least this many words once links and addresses are removed. */
const SENTENCE_WORDS = 8;
/** A description: at least this many words of such sentences in all. */
const DESCRIPTION_WORDS = 12;

export interface ReadmeReading {
  /** Words of descriptive prose found. */
  descriptionWords: number;
  /** Whether the only candidate descriptions were generator or template text. */
  boilerplate: boolean;
  /** Whether it tells how to install, run or use the project. */
  pointsToUse: boolean;
}

export function readReadme(context: RuleContext, doc: Document): ReadmeReading {
  const candidates = descriptiveProse(doc);
  const genuine = candidates.filter((text) => !isBoilerplate(text) && !hasPlaceholders(text));
  const sentences = genuine.map(wordCount).filter((n) => n >= SENTENCE_WORDS);
  const descriptionWords = sentences.reduce((a, b) => a + b, 0);
  const boilerplate = candidates.length > genuine.length || isBoilerplate(doc.text.slice(0, 600));
  return { descriptionWords, boilerplate: boilerplate && descriptionWords < DESCRIPTION_WORDS, pointsToUse: pointsToUse(context, doc) };
}

/** Prose of the opening (before the first section after the title) and of introduction sections. */
function descriptiveProse(doc: Document): string[] {
  const [first, second] = doc.headings;
  // The first heading is the title when it is a top-level one ("# Project"); the opening runs to the next heading.
  const openingEnd = first && first.depth === 1 ? (second?.line ?? Infinity) : (first?.line ?? Infinity);
  const opening = doc.prose.filter((p) => p.line < openingEnd).map((p) => p.text);
  const introductions = doc.sections
    .filter((s) => s.heading && isIntroduction(s.heading.text))
    .flatMap((s) => s.prose.filter((p) => p.line <= s.ownEndLine).map((p) => p.text));
  return [...opening, ...introductions];
}

function isIntroduction(heading: string): boolean {
  const text = normaliseHeading(heading);
  return DESCRIPTION_HEADING.test(text) && !INSTALL_HEADING.test(text) && !USAGE_HEADING.test(text);
}

function wordCount(text: string): number {
  const words = text
    .replace(/\b(https?:\/\/|www\.)\S+/gi, " ")
    .replace(/\S+@\S+\.\S+/g, " ")
    .match(/\p{L}[\p{L}'’-]*/gu);
  return words?.filter((w) => w.length > 1 || /^[aàyô]$/i.test(w)).length ?? 0;
}

function pointsToUse(context: RuleContext, doc: Document): boolean {
  if (commandsOf(doc).length > 0) return true;
  for (const section of doc.sections) {
    if (!section.heading) continue;
    const heading = normaliseHeading(section.heading.text);
    if (INSTALL_HEADING.test(heading) || USER_POINTER_HEADING.test(heading)) return true;
  }
  return doc.sections.some((section) => linkedDocuments(context, doc, section).length > 0);
}

export const rule: Rule = {
  id: "readme",
  axis: "transmission",
  defaultLevel: "required",
  check(context) {
    const readmes = mainReadmes(context);
    if (readmes.length === 0) return fail("readme.missing");
    const software = hasSoftware(context);
    const outcomes = readmes.map((path): Outcome => {
      const doc = context.docs.get(path);
      if (!doc) return fail("readme.unreadable", [{ path }], { path });
      const reading = readReadme(context, doc);
      if (reading.descriptionWords >= DESCRIPTION_WORDS) {
        if (software && !reading.pointsToUse) return warn("readme.no-usage", [{ path }], { path });
        return pass("readme.described", [{ path }], { path });
      }
      if (reading.boilerplate) return fail("readme.template", [{ path }], { path });
      if (reading.pointsToUse) return fail("readme.runbook", [{ path }], { path });
      return fail("readme.thin", [{ path }], { path });
    });
    const rank = { pass: 0, warn: 1, fail: 2, skip: 3 } as const;
    return outcomes.reduce((best, next) => (rank[next.status] < rank[best.status] ? next : best));
  },
};
