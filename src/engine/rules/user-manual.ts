/**
 * user-manual: documentation for the people who use the product (agents, citizens, partners), not
 * for those who install or develop it. A user guide / manuel utilisateur / FAQ document, a documentation
 * page titled as such, or a usage / fonctionnalités section of the README written in prose or with
 * screenshots. A "Usage" section made of shell commands only is developer documentation.
 */
import type { Document, Section } from "../documents.js";
import { basename } from "../file-index.js";
import { documentationFiles, hasSubstance, normaliseHeading, rootReadmes } from "../locate.js";
import { fail, pass } from "../outcome.js";
import { isSampleDocument, nameWords } from "../project-documents.js";
import { readText } from "../snapshot.js";
import type { Outcome, Rule, RuleContext } from "../types.js";

/** Names and titles that can only mean end-user documentation. */
const USER_DOC =
  /\b(manuel|manual|mode d emploi|user guide|users guide|guide (utilisateurs?|usagers?|d utilisation|de l utilisat\w+|de l usager|de l agent|des agents|agents?|pratique)|guide utilisation|documentation (utilisateurs?|usagers?|fonctionnelle)|user doc\w*|end user)\b/;
/** Words that mean it when the document sits with the project's documentation. */
const USAGE_WORD = /\b(guide|usage|utilisation|utiliser|tutori[ae]l|faq|foire aux questions|prise en main|premiers pas|how to use)\b/;
/** Guides for other audiences: installers, developers, operators, API reusers; and terms of use. */
const OTHER_AUDIENCE =
  /\b(install\w*|deploy\w*|deploiement|setup|dev|devs|developers?|developpeurs?|developpement|development|contribu\w*|style|styleguide|api|apis|sdk|migration|upgrade|exploitation|operations?|ops|architecture|technique|technical|release|maintainers?|mainteneurs?|sysadmin|admin sys|tests?|testing|recette|getting started|quick ?start|demarrage( rapide)?|conditions (generales )?d (usage|utilisation)|terms of (use|service)|cgu|git|docker|markdown|documentation guide|redaction)\b/;
/** Weak words about data rather than people: "Guide des données", "Utilisation des données". */
const ABOUT_DATA = /\b(donnees|data|datasets?|schemas?|modele de donnees|nomenclatures?)\b/;
/** A weak word must lead a page title ("L'usage de CibNav…"), not sit in its middle ("Règles et usage"). */
const LEADING_USAGE = /^((l|le|la|les|the) )?(usage|utilisation|utiliser|guide|faq|foire aux questions|tutori[ae]l|prise en main|premiers pas|how to use|using)\b/;
const DOCUMENT = /\.(md|markdown|mdx|rst|adoc|asciidoc|txt|html?|pdf|docx?|odt|pptx?|odp)$/i;
/** Texts read for substance; HTML pages, like PDFs, are taken at their name (the GitHub source does not fetch them). */
const PROSE_DOCUMENT = /\.(md|markdown|mdx|rst|adoc|asciidoc|org|txt)$/i;
const DOC_PLACE = /(^|\/)(docs?|documentation|wiki|guides?|manuals?|manuels?|aide|help)\//i;

/** README headings for a usage section. */
const USAGE_HEADING =
  /^(\d+ )?(usage|utilisation|utiliser( \S+)?|comment utiliser( \S+)?|how to use( \S+)?|using( \S+)?|mode d emploi|manuel( utilisateur| d utilisation)?|user (guide|manual|documentation)|guide( utilisateur| d utilisation| de l utilisateur| usager)?|documentation utilisateur|faq|foire aux questions|tutoriel|tutorial|prise en main|premiers pas avec( \S+)?)$/;
const BADGE = /shields\.io|badge|travis-ci|codecov|circleci|github\.com\/.*\/workflows\//i;
const FEATURES_HEADING = /^(\d+ )?(fonctionnalites|fonctionnalites principales|principales fonctionnalites|features|main features|key features)$/;

export const rule: Rule = {
  id: "user-manual",
  axis: "transmission",
  defaultLevel: "recommended",
  inputs: { reads: ["readme", "documentation"], configuredPaths: "first" },
  check(context) {
    return userDocument(context) ?? titledPage(context) ?? readmeSection(context) ?? fail("user-manual.missing");
  },
};

/** A file (or a folder of files) named as a user guide. */
function userDocument(context: RuleContext): Outcome | undefined {
  const candidates = context.files.own
    .filter((path) => DOCUMENT.test(path) && !isSampleDocument(path) && namedForUsers(path))
    .sort((a, b) => rank(a) - rank(b) || a.split("/").length - b.split("/").length || a.localeCompare(b));
  for (const path of candidates) {
    // A placeholder page is not a guide; PDFs and office files are taken at their name.
    const text = PROSE_DOCUMENT.test(path) ? readText(context.snapshot, path) : undefined;
    if (text !== undefined && !hasSubstance(text, 150)) continue;
    return pass("user-manual.file", [{ path }], { path });
  }
  return undefined;
}

function namedForUsers(path: string): boolean {
  const segments = path.split("/");
  const name = nameWords(basename(path));
  const folders = segments.slice(0, -1).map((segment) => nameWords(`${segment}.x`));
  const words = [...folders, name];
  if (words.some((w) => OTHER_AUDIENCE.test(w))) return false;
  if (words.some((w) => USER_DOC.test(w))) return true;
  // Weaker words ("guide", "usage", "faq") count for documentation kept with the project's docs.
  const withDocs = !path.includes("/") || DOC_PLACE.test(path);
  return withDocs && words.some((w) => USAGE_WORD.test(w)) && !words.some((w) => ABOUT_DATA.test(w));
}

/** Strong names first, then files kept with the documentation. */
function rank(path: string): number {
  const name = nameWords(basename(path));
  if (USER_DOC.test(name)) return 0;
  // A FAQ answers questions; a guide walks through the product: prefer the guide as evidence.
  return /\b(faq|foire aux questions)\b/.test(name) ? 2 : DOC_PLACE.test(path) ? 1 : 3;
}

/** A documentation page whose title says it is a user guide ("# L'usage de l'outil", "# Guide de l'agent"). */
function titledPage(context: RuleContext): Outcome | undefined {
  const readmes = new Set(rootReadmes(context));
  for (const path of documentationFiles(context)) {
    // Root READMEs are titled with the project's name, which says nothing of their audience.
    if ((!DOC_PLACE.test(path) && path.includes("/")) || readmes.has(path)) continue;
    const doc = context.docs.get(path);
    const title = doc && pageTitle(doc);
    if (!doc || !title) continue;
    const words = normaliseHeading(title.text);
    if (OTHER_AUDIENCE.test(words) || !(USER_DOC.test(words) || (LEADING_USAGE.test(words) && !ABOUT_DATA.test(words)))) continue;
    if (!hasSubstance(doc.text, 150)) continue;
    return pass("user-manual.page", [{ path, line: title.line, heading: title.text }], { path, heading: title.text });
  }
  return undefined;
}

function pageTitle(doc: Document) {
  const first = doc.headings[0];
  return first && first.depth === Math.min(...doc.headings.map((h) => h.depth)) ? first : undefined;
}

/** A usage or features section of the root README, written for users: prose, steps or screenshots. */
function readmeSection(context: RuleContext): Outcome | undefined {
  let commandsOnly: { path: string; section: Section } | undefined;
  for (const path of rootReadmes(context)) {
    const doc = context.docs.get(path);
    if (!doc) continue;
    for (const section of doc.sections) {
      if (!section.heading) continue;
      const heading = normaliseHeading(section.heading.text);
      const features = FEATURES_HEADING.test(heading);
      if (!features && !USAGE_HEADING.test(heading)) continue;
      if (OTHER_AUDIENCE.test(heading)) continue;
      const prose = section.paragraphs.join("\n");
      const screenshots = section.images.filter((image) => !BADGE.test(image.url)).length;
      const forUsers = features
        ? screenshots > 0 || hasSubstance(prose, 400)
        : screenshots > 0 || hasSubstance(prose, 150) || (section.orderedItems >= 3 && hasSubstance(prose, 60));
      const evidence = { path, line: section.heading.line, heading: section.heading.text };
      if (forUsers) return pass("user-manual.section", [evidence], { path, heading: section.heading.text });
      if (!features && section.codeBlocks.length > 0) commandsOnly ??= { path, section };
    }
  }
  if (commandsOnly) {
    const { path, section } = commandsOnly;
    const heading = section.heading!;
    return fail("user-manual.commands-only", [{ path, line: heading.line, heading: heading.text }], { path, heading: heading.text });
  }
  return undefined;
}
