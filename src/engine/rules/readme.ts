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
 * Sentences are judged by what they do (prose-kinds.ts): steps to follow ("Voici la marche à suivre
 * pour…"), pointers elsewhere ("Please refer to…") and archive notices are not descriptions.
 * Bilingual READMEs (README.md and README.fr.md) are judged each, the best one counts.
 */
import { commandsOf, identityWords } from "../commands.js";
import { linkedDocuments, mainReadmes } from "../doc-candidates.js";
import type { Document, Heading } from "../documents.js";
import { normaliseHeading } from "../locate.js";
import { fail, pass, warn } from "../outcome.js";
import { rule as installDocs } from "./install-docs.js";
import { proseKind, sentencesOf } from "../prose-kinds.js";
import { hasSoftware } from "../software.js";
import type { Outcome, Rule, RuleContext } from "../types.js";
import { DESCRIPTION_HEADING, INSTALL_HEADING, NOT_DESCRIPTION_HEADING, USAGE_HEADING, USER_POINTER_HEADING, hasPlaceholders, isBoilerplate } from "../vocabulary.js";

/** A paragraph that says something: at least this many words once links, addresses, steps and pointers are removed. */
const SENTENCE_WORDS = 8;
/** The opening line under the title may be a short tagline ("Analyser les parcours de soins"): this many words. */
const TAGLINE_WORDS = 4;
/** A description: at least this many words of such paragraphs in all. */
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
  // The repository's own name, not the README's title (which is what is being judged here).
  const candidates = descriptiveProse(doc, new Set(identityWords(context.snapshot.metadata.fullName)));
  const genuine = candidates.filter((p) => !isBoilerplate(p.text) && !hasPlaceholders(p.text));
  const descriptionWords = genuine
    .map((p) => ({ ...p, words: wordCount(describingPart(p.text)) }))
    .filter((p) => p.words >= (p.tagline ? TAGLINE_WORDS : SENTENCE_WORDS))
    .reduce((sum, p) => sum + p.words, 0);
  const boilerplate = candidates.length > genuine.length || isBoilerplate(doc.text.slice(0, 600));
  return { descriptionWords, boilerplate: boilerplate && descriptionWords < DESCRIPTION_WORDS, pointsToUse: pointsToUse(context, doc) };
}

/** The sentences of a paragraph that describe: steps, pointers elsewhere and archive notices left out. */
function describingPart(paragraph: string): string {
  return sentencesOf(paragraph)
    .filter((sentence) => proseKind(sentence) === "description")
    .join(" ");
}

interface Candidate {
  text: string;
  /** The first paragraph of the opening, which may be a short tagline. */
  tagline: boolean;
}

/**
 * Prose that may describe the project, wherever the README puts it: the opening (under the title, or
 * before the first heading), the first section when its heading names no other kind of content
 * ("## L'API Judilibre"), and sections whose heading introduces the project ("What is it?",
 * "Features", "Obiettivi"), list items included.
 */
function descriptiveProse(doc: Document, projectWords: ReadonlySet<string>): Candidate[] {
  const title = titleOf(doc, projectWords);
  const headed = doc.sections.filter((s) => s.heading);
  const afterTitle = title ? headed.slice(headed.findIndex((s) => s.heading === title) + 1) : headed;
  const openingEnd = afterTitle[0]?.heading?.line ?? Infinity;
  // Numbered steps ("1. Copy `.env.template`…") are a procedure wherever they sit, except in a section that introduces the project.
  const opening = doc.prose.filter((p) => p.line < openingEnd && !p.step);
  const firstSection = afterTitle[0];
  const own = doc.sections.flatMap((s) => {
    if (!s.heading) return [];
    const introduction = isIntroduction(s.heading.text);
    if (!introduction && !(s === firstSection && !isOtherKind(s.heading.text))) return [];
    return s.prose.filter((p) => p.line <= s.ownEndLine && (introduction || !p.step));
  });
  return [...opening.map((p, i) => ({ text: p.text, tagline: i === 0 })), ...own.map((p) => ({ text: p.text, tagline: false }))];
}

/**
 * The title: a first heading at level 1, or — in a README with no level-1 heading — the first heading
 * when it is at the shallowest level and names no kind of section ("## L'API Judilibre" is a title,
 * "## Documentation" is not).
 */
function titleOf(doc: Document, projectWords: ReadonlySet<string>): Heading | undefined {
  const [first] = doc.headings;
  if (!first) return undefined;
  if (first.depth === 1) return first;
  const shallowest = Math.min(...doc.headings.map((h) => h.depth));
  if (first.depth !== shallowest) return undefined;
  // A title opens the page: a heading after a sentence ("This project was bootstrapped…\n## Available Scripts") is a section.
  if (doc.prose.some((p) => p.line < first.line && wordCount(p.text) >= 3)) return undefined;
  // "## L'API Judilibre" in judilibre-search names the project, even though "API" also names a kind of section.
  return !isOtherKind(first.text) || identityWords(first.text).some((word) => projectWords.has(word)) ? first : undefined;
}

function isIntroduction(heading: string): boolean {
  const text = normaliseHeading(heading);
  return DESCRIPTION_HEADING.test(text) && !INSTALL_HEADING.test(text) && !USAGE_HEADING.test(text);
}

/** A heading that names something other than an introduction: installation, usage, licence, contacts… */
function isOtherKind(heading: string): boolean {
  const text = normaliseHeading(heading);
  if (isIntroduction(heading)) return false;
  // A heading that is itself a step ("Download and add the FAO layer") names a procedure.
  return INSTALL_HEADING.test(text) || USAGE_HEADING.test(text) || USER_POINTER_HEADING.test(text) || NOT_DESCRIPTION_HEADING.test(text) || proseKind(heading) === "procedure";
}

/** Whether installation steps exist somewhere in the repository, as install-docs finds them. */
function installedElsewhere(context: RuleContext): boolean {
  const paths = context.pathsOf?.("install-docs") ?? [];
  if (context.files.ownMatchingGlobs(paths).length > 0) return true;
  return installDocs.check({ ...context, paths }).status === "pass";
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
  if (doc.links.some((link) => DOCUMENTATION_LINK.test(`${link.text} ${link.url}`))) return true;
  if (doc.prose.some((p) => DOCUMENTATION_URL.test(p.text))) return true;
  return doc.sections.some((section) => linkedDocuments(context, doc, section).length > 0);
}

/** A link to the project's documentation elsewhere (a docs site, a wiki, a user guide) says where to start too. */
const DOCUMENTATION_LINK = /\b(docs?|documentation|wiki|guide|manual|manuel|mode d'emploi|tutori[ae]l|readthedocs|gitbook)\b/i;
const DOCUMENTATION_URL = /https?:\/\/\S*(docs?|documentation|wiki|guide|manual|manuel|readthedocs|gitbook)\S*/i;

export const rule: Rule = {
  id: "readme",
  axis: "transmission",
  defaultLevel: "required",
  inputs: { reads: ["readme", "manifests"] },
  check(context) {
    const readmes = mainReadmes(context);
    if (readmes.length === 0) return fail("readme.missing");
    const software = hasSoftware(context);
    const outcomes = readmes.map((path): Outcome => {
      const doc = context.docs.get(path);
      if (!doc) return fail("readme.unreadable", [{ path }], { path });
      const reading = readReadme(context, doc);
      if (reading.descriptionWords >= DESCRIPTION_WORDS) {
        // A description with no way in leaves the next team stuck — unless installation steps exist
        // elsewhere in the repository (an INSTALL.md the README does not link): then it is advice.
        if (software && !reading.pointsToUse) return installedElsewhere(context) ? warn("readme.no-usage", [{ path }], { path }) : fail("readme.no-usage", [{ path }], { path });
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
