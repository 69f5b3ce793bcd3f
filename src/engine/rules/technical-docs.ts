/**
 * technical-docs: documentation for the developers who take the project over: how the code is
 * organised, how to work on it, the choices made.
 *
 * Passes on, by order of preference: a documentation site configuration (MkDocs, Sphinx,
 * Docusaurus, VuePress, mdBook, Antora, Read the Docs, Jekyll in docs/) next to real pages; a docs
 * folder (docs/, doc/, documentation/, wiki/) with at least one page of real content; a developer
 * document at the root (DEVELOPMENT.md, ARCHITECTURE.md, HACKING.md…); a development, architecture
 * or code-structure section in the README or another document.
 * What does not count: a built site (HTML only: not read), work plans for coding agents
 * (plans/, PLAN.md, AGENTS.md…), pages that only install a third-party package (a documentation
 * theme's leftover page) and stubs of a few words.
 */
import { commandsOf, installsSomethingElse } from "../commands.js";
import { MAX_SCANNED_DOCUMENTS, isArchitectureDocument, mayDocumentProject, projectDocumentation, scannedDocuments } from "../doc-candidates.js";
import type { Document, Section } from "../documents.js";
import { dirname } from "../file-index.js";
import { hasSubstance, normaliseHeading, sectionEvidence } from "../locate.js";
import { projectFiles } from "../nested-projects.js";
import { fail, pass } from "../outcome.js";
import { projectIdentity } from "../project-identity.js";
import type { Rule, RuleContext } from "../types.js";
import { DEVELOPMENT_HEADING, isBoilerplate } from "../vocabulary.js";

const SITE_CONFIG =
  /^(mkdocs\.ya?ml|docusaurus\.config\.(js|cjs|mjs|ts)|book\.toml|antora\.ya?ml|\.readthedocs\.ya?ml|docfx\.json|\.vuepress\/config\.(js|ts|mjs)|\.vitepress\/config\.(js|ts|mjs|mts)|(docs?|documentation)\/(conf\.py|_config\.ya?ml|mkdocs\.ya?ml|docusaurus\.config\.(js|ts)|\.vuepress\/config\.(js|ts)|\.vitepress\/config\.(js|ts|mts)|book\.toml))$/i;
/** The base names of SITE_CONFIG: a cheap test on every file before the path test. */
const SITE_FILE = /(^|\/)(mkdocs\.ya?ml|docusaurus\.config\.(js|cjs|mjs|ts)|book\.toml|antora\.ya?ml|\.readthedocs\.ya?ml|docfx\.json|config\.(js|ts|mjs|mts)|conf\.py|_config\.ya?ml)$/i;
const DOCS_FOLDER = /^(docs?|documentation|wiki|dev-?docs?)\//i;
const DEVELOPER_FILE = /^(development|developpement|developer|developers|developing|hacking|architecture|technical|technique|dat|design)([-_. ].*)?\.(md|markdown|rst|adoc|txt)$/i;
/** A page of documentation says more than a title and a link. */
const PAGE_LETTERS = 300;

/** A page with real content about this project, or undefined. */
function realPage(context: RuleContext, doc: Document | undefined): boolean {
  if (!doc || isBoilerplate(doc.text.slice(0, 400)) || !hasSubstance(doc.text, PAGE_LETTERS)) return false;
  return !installsSomethingElse(commandsOf(doc), projectIdentity(context));
}

export const rule: Rule = {
  id: "technical-docs",
  axis: "transmission",
  defaultLevel: "recommended",
  inputs: { reads: ["documentation"], needsSoftware: true, configuredPaths: "first" },
  check(context) {

    const documents = projectDocumentation(context);
    // Bounded: a docs folder of thousands of pages is judged on its first (shallowest) ones.
    const pages = documents.filter((path) => DOCS_FOLDER.test(path) || /(^|\/)(docs?|documentation)\//i.test(path)).slice(0, MAX_SCANNED_DOCUMENTS);
    const site = projectFiles(context).find((path) => SITE_FILE.test(path) && (SITE_CONFIG.test(path) || SITE_CONFIG.test(path.split("/").slice(-2).join("/"))));
    if (site) {
      const root = dirname(site).replace(/\/?\.(vuepress|vitepress)$/, "");
      const page = pages.find((path) => (root === "" || path.startsWith(root + "/")) && realPage(context, context.docs.get(path)));
      if (page) return pass("technical-docs.site", [{ path: site }, { path: page }], { path: site });
    }

    const real = pages.find((path) => realPage(context, context.docs.get(path)));
    if (real) {
      const folder = real.split("/")[0]!;
      return pass("technical-docs.folder", [{ path: real }], { path: folder, page: real });
    }

    const developerFile = context.files.root.find((path) => DEVELOPER_FILE.test(path) && mayDocumentProject(path) && realPage(context, context.docs.get(path)));
    if (developerFile) return pass("technical-docs.file", [{ path: developerFile }], { path: developerFile });

    const documentsRead = [...scannedDocuments(context)];
    // An architecture document anywhere (dat/README.md, backend/ARCHITECTURE.md) is developer documentation.
    const architecture = documentsRead.find((doc) => isArchitectureDocument(doc) && realPage(context, doc));
    if (architecture) return pass("technical-docs.file", [{ path: architecture.path }], { path: architecture.path });

    for (const doc of documentsRead) {
      for (const section of doc.sections) {
        if (!section.heading || !DEVELOPMENT_HEADING.test(normaliseHeading(section.heading.text))) continue;
        if (!hasSubstance(section.body, 150) && commandsOf(section).length === 0) continue;
        const match = { doc, section: section as Section & { heading: NonNullable<Section["heading"]> } };
        return pass("technical-docs.section", [sectionEvidence(match)], { path: doc.path, heading: section.heading.text });
      }
    }
    return fail("technical-docs.missing");
  },
};
