/**
 * install-docs: the steps that take someone from a fresh clone to a running project. Without them,
 * the team that inherits the code starts by reverse-engineering it.
 *
 * Found in, by order of preference: files the configuration names; installation files (INSTALL*,
 * docs/installation.md, "getting started", "mise en place"…); sections of the README, then of the
 * other documents (docs/, sub-folder READMEs of a monorepo) whose heading names installation or
 * set-up in French or English (see vocabulary.ts). A place counts when it gives steps — commands or a
 * numbered list — that concern this project: a page whose only commands add someone else's package
 * (a documentation theme's "Installation" page left over from a template) does not. A section that
 * only links to another document ("see INSTALL.md") counts when the linked document does.
 * A repository with no software at all (documents, mock-ups) has nothing to install: skipped.
 */
import { commandsOf, commandWords, classifyCommand, installsSomethingElse } from "../commands.js";
import { linkedDocuments, mainReadmes, mayDocumentProject, scannedDocuments } from "../doc-candidates.js";
import type { CodeBlock, Document, Section, TextRef } from "../documents.js";
import { basename } from "../file-index.js";
import { hasSubstance, normaliseHeading, sectionEvidence } from "../locate.js";
import { projectFiles } from "../nested-projects.js";
import { fail, pass } from "../outcome.js";
import { projectIdentity } from "../project-identity.js";
import type { Evidence, Outcome, Rule, RuleContext } from "../types.js";
import { DEPLOY_HEADING, EXPLICIT_INSTALL_HEADING, INSTALL_HEADING, NOT_INSTALL_HEADING, USAGE_HEADING, isBoilerplate } from "../vocabulary.js";

const DOCUMENT = /\.(md|markdown|mdx|rst|txt|adoc|asciidoc)$|(^|\/)install(ation)?$/i;

interface Steps {
  codeBlocks: readonly CodeBlock[];
  inlineCode: readonly TextRef[];
  orderedItems: number;
}

type Rejection = "no-steps" | "foreign";

/** A heading that is a file or identifier name (`run_info.json`, `build_config`) names that file, not a step. */
const NAME_HEADING = /^`?[\w./-]*(_[\w./-]*|\.[a-z0-9]{1,5})`?$/i;

export function isInstallHeading(text: string): boolean {
  if (NAME_HEADING.test(text.trim())) return false;
  const heading = normaliseHeading(text);
  if (!INSTALL_HEADING.test(heading)) return false;
  return !NOT_INSTALL_HEADING.test(heading) || EXPLICIT_INSTALL_HEADING.test(heading);
}

/** A file name as heading words: "getting-started.md" → "getting started", "MiseEnPlace.rst" → "mise en place". */
function fileWords(path: string): string {
  return normaliseHeading(basename(path).replace(/\.[^.]+$/, "").replace(/([a-z])([A-Z])/g, "$1 $2"));
}

/**
 * Whether a file's name says it holds installation steps: INSTALL.md, docs/getting-started.md,
 * mise-en-place.rst. Text files must say it first (INSTALL.txt, setup.txt): "requirements-build.txt"
 * is a dependency list.
 */
export function isInstallFileName(path: string): boolean {
  if (!DOCUMENT.test(path)) return false;
  const words = fileWords(path);
  return isInstallHeading(/\.txt$/i.test(path) ? words.split(" ")[0]! : words);
}

/**
 * Calls to a hosted service (`curl https://api.example.gouv.fr/…`) show how to use someone's API, not
 * how to install this project: a "Premiers pas" section made only of them gives no set-up step.
 */
const REMOTE_CALL = /^(curl|wget|http|https|httpie)\b(?!.*\b(localhost|127\.0\.0\.1|0\.0\.0\.0)\b).*\bhttps?:\/\//i;

/** Steps that concern this project, or why not. */
function judge(context: RuleContext, part: Steps): Rejection | null {
  const commands = commandsOf(part).filter((command) => !REMOTE_CALL.test(commandWords(command).join(" ")));
  if (commands.length === 0) return part.orderedItems >= 2 ? null : "no-steps";
  return installsSomethingElse(commands, projectIdentity(context)) ? "foreign" : null;
}

/** "Usage" sections count when they run the project: at least one set-up command (install, build, start). */
function usageSetsUp(context: RuleContext, section: Section): boolean {
  const commands = commandsOf(section);
  return commands.some((c) => classifyCommand(c).kind === "project") && !installsSomethingElse(commands, projectIdentity(context));
}

export const rule: Rule = {
  id: "install-docs",
  axis: "deploiement",
  defaultLevel: "required",
  inputs: { reads: ["readme", "documentation", "manifests"], needsSoftware: true, configuredPaths: "first" },
  check(context) {

    const rejected: Array<Evidence & { reason: Rejection }> = [];
    const judgeFile = (path: string, acceptProse: boolean): Outcome | undefined => {
      const doc = context.docs.get(path);
      if (!doc || isBoilerplate(doc.text.slice(0, 400))) return undefined;
      const verdict = judge(context, doc);
      if (verdict === null || (verdict === "no-steps" && acceptProse && hasSubstance(doc.text, 150))) return pass("install-docs.file", [{ path }], { path });
      rejected.push({ path, reason: verdict });
      return undefined;
    };

    const installFiles = projectFiles(context).filter((path) => isInstallFileName(path) && mayDocumentProject(path));
    const atRoot = installFiles.filter((p) => !p.includes("/"));
    const deeper = installFiles.filter((p) => p.includes("/"));
    // A deployment guide at the root (Deploiement.md) is set-up too, but the README's own installation section comes first.
    const deployOnly = (path: string) => DEPLOY_HEADING.test(fileWords(path)) && !EXPLICIT_INSTALL_HEADING.test(fileWords(path));
    const readmes = mainReadmes(context);
    const found =
      // An installation file at the root is about the project by its place: prose alone is enough there.
      first(atRoot.filter((p) => !deployOnly(p)), (path) => judgeFile(path, true)) ??
      first(readmes, (path) => scanSections(context, context.docs.get(path), rejected)) ??
      // Commands right under the title, or under a heading that names no installation ("Processing").
      first(readmes, (path) => scanSetUpCommands(context, context.docs.get(path))) ??
      first(atRoot.filter(deployOnly), (path) => judgeFile(path, true)) ??
      first(deeper, (path) => judgeFile(path, false)) ??
      first(scannedDocuments(context), (doc) => (readmes.includes(doc.path) ? undefined : scanSections(context, doc, rejected)));
    if (found) return found;
    const evidence = rejected.map(({ reason: _reason, ...where }) => where).slice(0, 5);
    if (rejected.some((r) => r.reason === "foreign")) return fail("install-docs.foreign", evidence, { paths: evidence.map((e) => e.path) });
    if (rejected.length > 0) return fail("install-docs.no-steps", evidence, { paths: evidence.map((e) => e.path) });
    return fail("install-docs.missing");
  },
};

function first<T>(items: Iterable<T>, find: (item: T) => Outcome | undefined): Outcome | undefined {
  for (const item of items) {
    const found = find(item);
    if (found) return found;
  }
  return undefined;
}

/**
 * The section that installs, not merely the first that qualifies: one whose heading says so outright
 * ("Installation", "Setup") wins over an earlier "Développement" or "Usage".
 */
function scanSections(context: RuleContext, doc: Document | undefined, rejected: Array<Evidence & { reason: Rejection }>): Outcome | undefined {
  let first: Outcome | undefined;
  for (const section of doc?.sections ?? []) {
    if (!section.heading) continue;
    const found = judgeSection(context, doc!, section, rejected);
    if (!found) continue;
    if (EXPLICIT_INSTALL_HEADING.test(normaliseHeading(section.heading.text))) return found;
    first ??= found;
  }
  return first;
}

function judgeSection(context: RuleContext, doc: Document, section: Section, rejected: Array<Evidence & { reason: Rejection }>): Outcome | undefined {
  const heading = section.heading!;
  const match = { doc, section: section as Section & { heading: NonNullable<Section["heading"]> } };
  if (isInstallHeading(heading.text)) {
    const verdict = judge(context, section);
    if (verdict === null) return pass("install-docs.section", [sectionEvidence(match)], { path: doc.path, heading: heading.text });
    // "## Installation — see INSTALL.md": follow the link.
    for (const target of linkedDocuments(context, doc, section)) {
      const linked = context.docs.get(target);
      if (linked && judge(context, linked) === null) {
        return pass("install-docs.linked", [sectionEvidence(match), { path: target }], { path: doc.path, heading: heading.text, target });
      }
    }
    rejected.push({ ...sectionEvidence(match), reason: verdict });
    return undefined;
  }
  if (USAGE_HEADING.test(normaliseHeading(heading.text)) && usageSetsUp(context, section)) {
    return pass("install-docs.section", [sectionEvidence(match)], { path: doc.path, heading: heading.text });
  }
  return undefined;
}

/** Found by content: at least this many of the project's own set-up commands (install, build, start) in one place. */
const SET_UP_COMMANDS = 2;
/** The words that make a project command a set-up step: `composer install`, `docker compose up`, `yarn dev`, `make`. */
const SET_UP_WORD = /^(install|i|ci|add|up|build|start|serve|run|dev|develop|setup|bootstrap|migrate|sync|init|clone|compile|package|deploy|watch)$/;
const BARE_SET_UP = /^(yarn|make|bundle|pnpm|npm|poetry|pipenv|mvn|gradle|\.\/gradlew|\.\/mvnw)$/;

/** One command that brings the whole stack up (`docker compose up`, `make install`, `./install.sh`) is a set-up on its own. */
const STACK_START = /^(docker[- ]compose( -f \S+)* up|docker compose( -f \S+)* up|make (install|up|run|start|setup|all)|\.\/(install|setup|bootstrap|start)\.sh)\b/i;

function setUpCommands(commands: readonly string[]): number {
  if (commands.some((command) => STACK_START.test(commandWords(command).join(" ")))) return SET_UP_COMMANDS + commands.length;
  return commands.filter((command) => {
    if (classifyCommand(command).kind !== "project") return false;
    const words = commandWords(command).map((w) => w.toLowerCase());
    if (words.length === 1) return BARE_SET_UP.test(words[0]!);
    return words.slice(1, 4).some((w) => SET_UP_WORD.test(w));
  }).length;
}

/** Numbered steps count as set-up when at least this many of them name a set-up action. */
const SET_UP_STEPS = 2;
const SET_UP_STEP_WORDS = /\b(install\w*|clon\w*|download\w*|telecharg\w*|\.env|env file|docker|npm|yarn|pip|poetry|maven|gradle|build|compil\w*|deploy\w*|deploi\w*|configur\w*|lancer|launch|start the|demarrer|set up|setup|database|base de donnees)\b/i;

/** Set-up actions among a section's own numbered steps ("1. Copy `.env.template`, 2. Install the dependencies"). */
function setUpSteps(section: Section): number {
  const steps = section.prose.filter((p) => p.step && p.line <= section.ownEndLine);
  const setUp = steps.filter((p) => SET_UP_STEP_WORDS.test(p.text.normalize("NFD").replace(/\p{M}/gu, ""))).length;
  return setUp >= SET_UP_STEPS ? setUp : 0;
}

/**
 * The place of a README with the most set-up commands of its own (sub-sections apart), whatever its
 * heading says: the steps under the title of a README that never says "Installation". Sections about
 * tests, releases or licences are left out; a page that only installs someone else's package too.
 */
function scanSetUpCommands(context: RuleContext, doc: Document | undefined): Outcome | undefined {
  let best: { section: Section; count: number } | undefined;
  for (const section of doc?.sections ?? []) {
    // "Tests" or "Licence" alone are about something else; "Build et tests" also builds.
    const heading = section.heading ? normaliseHeading(section.heading.text) : "";
    if (NOT_INSTALL_HEADING.test(heading) && !INSTALL_HEADING.test(heading)) continue;
    const own = {
      codeBlocks: section.codeBlocks.filter((c) => c.line <= section.ownEndLine),
      inlineCode: section.inlineCode.filter((c) => c.line <= section.ownEndLine),
    };
    const commands = commandsOf(own);
    const count = setUpCommands(commands) + setUpSteps(section);
    if (count >= SET_UP_COMMANDS && !installsSomethingElse(commands, projectIdentity(context)) && count > (best?.count ?? 0)) best = { section, count };
  }
  if (!doc || !best) return undefined;
  const heading = best.section.heading;
  if (!heading) return pass("install-docs.steps", [{ path: doc.path, line: best.section.startLine }], { path: doc.path });
  return pass("install-docs.section", [{ path: doc.path, line: heading.line, heading: heading.text }], { path: doc.path, heading: heading.text });
}
