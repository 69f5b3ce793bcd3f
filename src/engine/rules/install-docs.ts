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
import { commandsOf, classifyCommand, installsSomethingElse } from "../commands.js";
import { linkedDocuments, mainReadmes, mayDocumentProject, scannedDocuments } from "../doc-candidates.js";
import type { CodeBlock, Document, Section, TextRef } from "../documents.js";
import { basename } from "../file-index.js";
import { hasSubstance, normaliseHeading, sectionEvidence } from "../locate.js";
import { projectFiles } from "../nested-projects.js";
import { fail, pass, skip } from "../outcome.js";
import { projectIdentity } from "../project-identity.js";
import { hasSoftware } from "../software.js";
import type { Evidence, Outcome, Rule, RuleContext } from "../types.js";
import { DEPLOY_HEADING, EXPLICIT_INSTALL_HEADING, INSTALL_HEADING, NOT_INSTALL_HEADING, USAGE_HEADING, isBoilerplate } from "../vocabulary.js";

const DOCUMENT = /\.(md|markdown|mdx|rst|txt|adoc|asciidoc)$|(^|\/)install(ation)?$/i;

interface Steps {
  codeBlocks: readonly CodeBlock[];
  inlineCode: readonly TextRef[];
  orderedItems: number;
}

type Rejection = "no-steps" | "foreign";

export function isInstallHeading(text: string): boolean {
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

/** Steps that concern this project, or why not. */
function judge(context: RuleContext, part: Steps): Rejection | null {
  const commands = commandsOf(part);
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
  check(context) {
    const configured = context.files.ownMatchingGlobs(context.paths)[0];
    if (configured) return pass("install-docs.configured", [{ path: configured }], { path: configured });
    if (!hasSoftware(context)) return skip("install-docs.no-software");

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

function scanSections(context: RuleContext, doc: Document | undefined, rejected: Array<Evidence & { reason: Rejection }>): Outcome | undefined {
  for (const section of doc?.sections ?? []) {
    if (!section.heading) continue;
    const found = judgeSection(context, doc!, section, rejected);
    if (found) return found;
  }
  return undefined;
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
