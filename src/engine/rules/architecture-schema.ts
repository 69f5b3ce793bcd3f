/**
 * architecture-schema: a diagram of the application, so that its successors see the parts and how
 * they talk before reading any code.
 *
 * Passes on, by order of preference:
 *  1. a diagram file (image, SVG, draw.io, PlantUML, Mermaid, Excalidraw, Structurizr…) whose name
 *     or folder says architecture ("archi_prod.png", "oc-app-schema.svg", "dat/…", "diagrams/…"),
 *     unless its name says screenshot, logo or mock-up, or a data model (MCD, ER, tables);
 *  2. a diagram inside an architecture document (ARCHITECTURE.md, docs/architecture/, dat/, a
 *     "dossier d'architecture technique") or section ("Architecture", "Schéma d'architecture",
 *     "Vue technique"…): an image that resolves to such a file — relative to the document, the root,
 *     or a docs site's static folder — or a Mermaid / PlantUML / Graphviz / box-drawing block;
 *     a Mermaid or PlantUML flowchart under an overview heading ("Vue d'ensemble") too;
 *  3. a Mermaid C4 or architecture diagram anywhere in the documentation.
 * An image's alt text alone never makes it an architecture diagram: screenshots are often captioned
 * "architecture" or "overview". An architecture document with no diagram is a warning: the rule asks
 * for a drawing, the text is a good start. Repositories without software are skipped.
 */
import { isArchitectureDocument, isSkeleton, scannedDocuments } from "../doc-candidates.js";
import type { CodeBlock, Document, ImageRef, Section } from "../documents.js";
import { hasSubstance, normaliseHeading } from "../locate.js";
import { IMAGE_FILE, classifyDiagramFile, isArchitectureDiagramFile, namesArchitecture, remoteName, resolveImage } from "../images.js";
import { projectFiles } from "../nested-projects.js";
import { fail, pass, warn } from "../outcome.js";
import type { Evidence, Outcome, Rule, RuleContext } from "../types.js";
import { ARCHITECTURE_HEADING, OVERVIEW_HEADING } from "../vocabulary.js";
import { SYSTEM_PARTS_ANYWHERE, SYSTEM_PARTS_IN_TEXT, embeddingsOf, roleFromEmbeddings, roleOfContext, systemParts } from "../diagram-role.js";

/** Mermaid diagram types that chart data, plans or data models rather than a system. */
const NOT_SYSTEM_MERMAID = /^(erDiagram|classDiagram|gantt|pie|journey|gitGraph|quadrantChart|xychart(-beta)?|timeline|mindmap|sankey(-beta)?|requirementDiagram|packet(-beta)?|radar(-beta)?|kanban)\b/;
/** Mermaid diagram types that are architecture by definition. */
const ARCHITECTURE_MERMAID = /^(C4Context|C4Container|C4Component|C4Deployment|C4Dynamic|architecture(-beta)?)\b/;
/** Box-drawing characters and ASCII arrows of a diagram drawn in a text block. */
const BOX_DRAWING = /[┌┐└┘├┤┬┴┼─│═║╔╗╚╝]|\+-{3,}\+|-{2,}>|<-{2,}|={2,}>/;
/** A line of a directory listing (`├── src/`, `|-- app.py`, `` `-- README``): a tree of files, not a diagram. */
const TREE_LINE = /^[\s│|]*([├└`|+]|\\)[─-]{1,3}\s+[^\s─\-+|]/;

export type DiagramCode = "mermaid" | "plantuml" | "graphviz" | "text";

/** What kind of diagram a code block draws, or null when it is not a system diagram. */
export function diagramCode(block: CodeBlock, anywhere = false): DiagramCode | null {
  const lang = (block.lang ?? "").toLowerCase();
  const body = block.value.trim();
  const firstLine = body.split(/\r?\n/).find((l) => l.trim() && !l.trim().startsWith("%%"))?.trim() ?? "";
  const untaggedMermaid = lang === "" && /^(flowchart|graph|sequenceDiagram|C4\w+|architecture-beta|block-beta)\b/.test(firstLine);
  // Anywhere in the documentation, a flowchart or a drawing counts when the words inside it name the parts of a system.
  const namesSystem = systemParts(body) >= SYSTEM_PARTS_ANYWHERE;
  if (lang === "mermaid" || untaggedMermaid) {
    if (NOT_SYSTEM_MERMAID.test(firstLine)) return null;
    return anywhere && !ARCHITECTURE_MERMAID.test(firstLine) && !namesSystem ? null : "mermaid";
  }
  if (/^(plantuml|puml|uml)$/.test(lang) || body.startsWith("@startuml")) {
    if (/^\s*(entity|class)\s/m.test(body) && !/^\s*(component|node|package|cloud|database|actor|rectangle)\s/m.test(body)) return null;
    return anywhere && !namesSystem ? null : "plantuml";
  }
  if (/^(dot|graphviz)$/.test(lang)) return anywhere && !namesSystem ? null : "graphviz";
  const lines = body.split(/\r?\n/);
  const drawn = lines.filter((line) => BOX_DRAWING.test(line));
  if (drawn.length >= 3 && drawn.filter((line) => TREE_LINE.test(line)).length < drawn.length / 2) return anywhere && !namesSystem ? null : "text";
  return null;
}


interface Part {
  codeBlocks: readonly CodeBlock[];
  images: readonly ImageRef[];
  heading?: Section["heading"];
  /** An overview section: diagram code counts, images do not. */
  overview: boolean;
}

export const rule: Rule = {
  id: "architecture-schema",
  axis: "deploiement",
  defaultLevel: "required",
  inputs: { reads: ["documentation", "diagram-sources"], needsSoftware: true, configuredPaths: "first" },
  check(context) {

    const named = projectFiles(context).filter((path) => isArchitectureDiagramFile(path) && !isSkeleton(path));
    // "schema.png" or "diagrams/x.svg" says a drawing, not of what: the documents that embed it say (a data model under "Tables").
    const generic = named.filter((path) => !namesArchitecture(path));
    const docs = generic.length > 0 ? [...scannedDocuments(context)] : [];
    const diagrams = named
      .filter((path) => namesArchitecture(path) || roleFromEmbeddings(embeddingsOf(context.files, docs, path)) !== "data-model")
      // Named architecture first, then shallowest; a rendered image before its source, as it is what a reader opens.
      .sort((a, b) => Number(!namesArchitecture(a)) - Number(!namesArchitecture(b)) || a.split("/").length - b.split("/").length || Number(!IMAGE_FILE.test(a)) - Number(!IMAGE_FILE.test(b)) || a.localeCompare(b));
    if (diagrams.length > 0) return pass("architecture-schema.file", diagrams.slice(0, 3).map((path) => ({ path })), { path: diagrams[0]!, paths: diagrams.slice(0, 3) });

    const textOnly: Evidence[] = [];
    const broken: Broken[] = [];
    for (const doc of scannedDocuments(context)) {
      const found = findInDocument(context, doc, textOnly, broken);
      if (found) return found;
    }
    if (broken.length > 0) {
      const shown = broken.slice(0, 5);
      return fail("architecture-schema.broken", shown.map((b) => b.where), { path: shown[0]!.where.path, images: shown.map((b) => b.url) });
    }
    if (textOnly.length > 0) return warn("architecture-schema.text-only", textOnly.slice(0, 3), { path: textOnly[0]!.path, heading: textOnly[0]!.heading ?? "" });
    return fail("architecture-schema.missing");
  },
};

interface Broken {
  where: Evidence;
  url: string;
}

function findInDocument(context: RuleContext, doc: Document, textOnly: Evidence[], broken: Broken[]): Outcome | undefined {
  const wholeDocument = isArchitectureDocument(doc);
  const parts: Part[] = [];
  if (wholeDocument) parts.push({ codeBlocks: doc.codeBlocks, images: doc.images, overview: false });
  else {
    for (const section of doc.sections) {
      if (!section.heading) continue;
      const heading = normaliseHeading(section.heading.text);
      if (ARCHITECTURE_HEADING.test(heading)) parts.push({ ...section, overview: false });
      else if (OVERVIEW_HEADING.test(heading)) parts.push({ ...section, overview: true });
    }
  }
  for (const part of parts) {
    const where: Evidence = part.heading ? { path: doc.path, line: part.heading.line, heading: part.heading.text } : { path: doc.path };
    for (const block of part.codeBlocks) {
      const kind = diagramCode(block);
      if (kind) return pass("architecture-schema.diagram-code", [{ ...where, line: block.line }], { path: doc.path, heading: part.heading?.text ?? "", kind });
    }
    if (part.overview) continue;
    for (const image of part.images) {
      const resolved = resolveImage(context.files, doc.path, image.url);
      // An alt text never makes a picture an architecture diagram, but it can say it is a data model.
      if (roleOfContext(image.alt) === "data-model") continue;
      if (resolved.kind === "file") {
        const kind = classifyDiagramFile(resolved.path);
        if (kind === "architecture" || kind === "unknown") {
          return pass("architecture-schema.embedded", [{ path: resolved.path }, { ...where, line: image.line }], { path: doc.path, image: resolved.path, heading: part.heading?.text ?? "" });
        }
      } else if (resolved.kind === "remote") {
        const kind = classifyDiagramFile(remoteName(resolved.url));
        if (kind === "architecture" || kind === "unknown") {
          return pass("architecture-schema.embedded", [{ ...where, line: image.line }], { path: doc.path, image: resolved.url, heading: part.heading?.text ?? "" });
        }
      } else if (resolved.kind === "missing") broken.push({ where: { path: doc.path, line: image.line }, url: image.url });
    }
    const body = part.heading ? doc.sections.find((s) => s.heading === part.heading)?.body ?? "" : doc.text;
    // "Plant architecture" in a botany project is not a software architecture: the text must name parts of a system.
    if (!part.overview && hasSubstance(body, 80) && systemParts(body) >= SYSTEM_PARTS_IN_TEXT) textOnly.push(where);
  }
  // A C4 or architecture Mermaid diagram is one wherever it is drawn; so is a flowchart or a drawing whose boxes name a system's parts.
  for (const block of doc.codeBlocks) {
    const kind = diagramCode(block, true);
    if (kind) return pass("architecture-schema.diagram-code", [{ path: doc.path, line: block.line }], { path: doc.path, heading: "", kind });
  }
  return undefined;
}

