/**
 * Parsed documentation files, cached per audit. Markdown goes through a CommonMark parser so that
 * `#` lines inside code fences (and unclosed fences, which run to the end of the file) are never
 * taken for headings; reStructuredText and AsciiDoc get a small heading scanner.
 */
import { parseMarkdownTree, textOf, type MdNode } from "./markdown.js";
import type { RepoSnapshot } from "./snapshot.js";
import { readText } from "./snapshot.js";

export interface Heading {
  depth: number;
  /** The heading text as written, emoji and punctuation included. */
  text: string;
  line: number;
}

export interface CodeBlock {
  lang: string | null;
  value: string;
  line: number;
}

export interface ImageRef {
  alt: string;
  url: string;
  line: number;
}

export interface LinkRef {
  text: string;
  url: string;
  line: number;
}

/** A piece of text with the line it starts on: a paragraph's prose, or an inline code span. */
export interface TextRef {
  text: string;
  line: number;
  /** Prose of a numbered list item ("1. Copy `.env.template`"): a step, whatever its words. */
  step?: boolean;
}

export interface Section {
  /** null for the text before the first heading. */
  heading: Heading | null;
  /** First and last line (1-based) of the section including its sub-sections. */
  startLine: number;
  endLine: number;
  /** Raw text of the section without its heading line, sub-sections included. */
  body: string;
  codeBlocks: CodeBlock[];
  images: ImageRef[];
  links: LinkRef[];
  /** Paragraph texts (prose), sub-sections included. */
  paragraphs: string[];
  /** Items of ordered lists, sub-sections included. */
  orderedItems: number;
  /** Paragraphs with their line, image alt texts left out (so that a row of badges is not prose). */
  prose: TextRef[];
  /** Inline code spans (`npm start`), sub-sections included. */
  inlineCode: TextRef[];
  /** Last line before the first sub-heading: the section's own text, without its sub-sections. */
  ownEndLine: number;
}

export interface Document {
  path: string;
  format: DocumentFormat;
  text: string;
  headings: Heading[];
  /** One section per heading, plus the preamble, in document order. */
  sections: Section[];
  codeBlocks: CodeBlock[];
  images: ImageRef[];
  links: LinkRef[];
  paragraphs: string[];
  prose: TextRef[];
  inlineCode: TextRef[];
  /** Items of ordered lists in the whole document. */
  orderedItems: number;
}

type Gathered = Pick<Section, "codeBlocks" | "images" | "links" | "paragraphs" | "orderedItems" | "prose" | "inlineCode">;

// Document formats are defined with the other places, in places.ts.
export { documentFormat } from "./places.js";
import { documentFormat, type DocumentFormat } from "./places.js";

export class DocumentIndex {
  private readonly cache = new Map<string, Document | null>();
  constructor(private readonly snapshot: RepoSnapshot) {}

  /** The parsed document, or undefined when the file is missing, binary, too large or not a document. */
  get(path: string): Document | undefined {
    let doc = this.cache.get(path);
    if (doc === undefined) {
      const format = documentFormat(path);
      const text = format ? readText(this.snapshot, path) : undefined;
      doc = format && text !== undefined ? parseDocument(path, text, format) : null;
      this.cache.set(path, doc);
    }
    return doc ?? undefined;
  }
}

export function parseDocument(path: string, text: string, format: Document["format"]): Document {
  switch (format) {
    case "markdown":
      return parseMarkdown(path, text);
    case "html":
      return parseMarkdown(path, text, "html");
    default:
      return parseLines(path, text, format);
  }
}

const HTML_HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi;
const HTML_IMAGE = /<img\b[^>]*>/gi;
/** `<pre>` blocks: commands (`$ make`) and ASCII diagrams written in HTML rather than in a fence. */
const HTML_PRE = /<pre\b[^>]*>([\s\S]*?)<\/pre>/gi;

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, " ").replace(/&amp;/g, "&");
}
const HTML_ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, "i");

function attribute(tag: string, name: string): string {
  const match = HTML_ATTR(name).exec(tag);
  return match ? (match[2] ?? match[3] ?? "") : "";
}

function stripTags(html: string): string {
  return html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

interface Block {
  node: MdNode;
  line: number;
}

function parseMarkdown(path: string, text: string, format: Document["format"] = "markdown"): Document {
  let tree;
  try {
    tree = parseMarkdownTree(text);
  } catch {
    return parseLines(path, text, "text");
  }
  const lines = text.split(/\r?\n/);
  const headings: Heading[] = [];
  const blocks: Block[] = [];
  for (const node of tree) {
    const line = node.line;
    blocks.push({ node, line });
    if (node.type === "heading") {
      // Inline HTML and badges in a heading (a logo floated right, a build badge) are not part of the title.
      headings.push({ depth: node.depth, text: textOf(node, { includeImageAlt: false }).replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim(), line });
    } else if (node.type === "html") {
      // Raw HTML headings (centred logos and titles in READMEs) are headings too.
      for (const match of node.value.matchAll(HTML_HEADING)) {
        headings.push({ depth: Number(match[1]), text: stripTags(match[2] ?? ""), line: line + lineAt(node.value, match.index ?? 0) - 1 });
      }
    }
  }
  headings.sort((a, b) => a.line - b.line);
  const sections = buildSections(headings, lines.length, (start, end) => collect(blocks.filter((b) => b.line >= start && b.line <= end)), lines);
  const whole = collect(blocks);
  return { path, format, text, headings, sections, ...whole };
}

function collect(blocks: Block[]): Gathered {
  const out = { codeBlocks: [] as CodeBlock[], images: [] as ImageRef[], links: [] as LinkRef[], paragraphs: [] as string[], orderedItems: 0, prose: [] as TextRef[], inlineCode: [] as TextRef[] };
  const visit = (node: MdNode, inStep = false) => {
    const { line } = node;
    switch (node.type) {
      case "code":
        out.codeBlocks.push({ lang: node.lang, value: node.value, line });
        return;
      case "image":
        out.images.push({ alt: node.alt, url: node.url, line });
        return;
      case "imageReference":
        out.images.push({ alt: node.alt, url: node.identifier, line });
        return;
      case "link":
        out.links.push({ text: textOf(node), url: node.url, line });
        break;
      case "html": {
        for (const match of node.value.matchAll(HTML_IMAGE)) {
          out.images.push({ alt: attribute(match[0], "alt"), url: attribute(match[0], "src"), line: line + lineAt(node.value, match.index ?? 0) - 1 });
        }
        for (const match of node.value.matchAll(HTML_PRE)) {
          const value = decodeEntities((match[1] ?? "").replace(/<[^>]+>/g, "")).replace(/^\n+|\s+$/g, "");
          if (value) out.codeBlocks.push({ lang: null, value, line: line + lineAt(node.value, match.index ?? 0) - 1 });
        }
        // Centred READMEs write their introduction in HTML (<p align="center">…</p>): that text is prose too.
        const text = stripTags(node.value.replace(HTML_PRE, " ").replace(HTML_HEADING, " ").replace(/<!--[\s\S]*?-->/g, " "));
        if (text) out.prose.push({ text, line });
        return;
      }
      case "inlineCode":
        out.inlineCode.push({ text: node.value, line });
        return;
      case "paragraph":
        out.paragraphs.push(textOf(node));
        out.prose.push(inStep ? { text: textOf(node, { includeImageAlt: false }), line, step: true } : { text: textOf(node, { includeImageAlt: false }), line });
        break;
      case "list":
        if (node.ordered) out.orderedItems += node.children.length;
        if ("children" in node) for (const child of node.children) visit(child, inStep || node.ordered);
        return;
    }
    if ("children" in node) for (const child of node.children) visit(child, inStep);
  };
  for (const block of blocks) visit(block.node);
  return out;
}

function buildSections(
  headings: Heading[],
  lineCount: number,
  gather: (start: number, end: number) => Gathered,
  lines: string[],
): Section[] {
  const sections: Section[] = [];
  const firstHeadingLine = headings[0]?.line ?? lineCount + 1;
  if (firstHeadingLine > 1) {
    sections.push({ heading: null, startLine: 1, endLine: firstHeadingLine - 1, ownEndLine: firstHeadingLine - 1, body: lines.slice(0, firstHeadingLine - 1).join("\n"), ...gather(1, firstHeadingLine - 1) });
  }
  headings.forEach((heading, i) => {
    const next = headings.slice(i + 1).find((h) => h.depth <= heading.depth);
    const endLine = next ? next.line - 1 : lineCount;
    const ownEndLine = i + 1 < headings.length ? Math.min(endLine, headings[i + 1]!.line - 1) : endLine;
    sections.push({ heading, startLine: heading.line, endLine, ownEndLine, body: lines.slice(heading.line, endLine).join("\n"), ...gather(heading.line + 1, endLine) });
  });
  return sections;
}

const RST_UNDERLINE = /^([=\-~^"'`#*+_:.])\1{2,}\s*$/;
const ASCIIDOC_HEADING = /^(={1,6})\s+(\S.*)$/;
const ORG_HEADING = /^(\*{1,6})\s+(\S.*)$/;
const ASCIIDOC_BLOCK = /^(-{4,}|\.{4,})\s*$/;
const FENCE = /^\s*(```|~~~)/;
/** Org-mode blocks: `#+begin_src sh` … `#+end_src`, `#+BEGIN_EXAMPLE` … `#+END_EXAMPLE`. */
const ORG_BLOCK_START = /^\s*#\+begin_(src|example)\b\s*(\S*)/i;
const ORG_BLOCK_END = /^\s*#\+end_(src|example)\b/i;

/** reStructuredText, AsciiDoc and plain text: headings by a line scan, code by fences or indentation. */
function parseLines(path: string, text: string, format: Document["format"]): Document {
  const lines = text.split(/\r?\n/);
  const headings: Heading[] = [];
  const codeBlocks: CodeBlock[] = [];
  const rstDepths: string[] = [];
  let fence: { line: number; lang: string | null; body: string[]; delimiter?: string } | null = null;
  lines.forEach((raw, i) => {
    const orgStart = format === "org" && !fence ? ORG_BLOCK_START.exec(raw) : null;
    if (orgStart || (format === "org" && fence && ORG_BLOCK_END.test(raw))) {
      if (fence) {
        codeBlocks.push({ lang: fence.lang, value: fence.body.join("\n"), line: fence.line });
        fence = null;
      } else fence = { line: i + 1, lang: orgStart![2] || null, body: [] };
      return;
    }
    // AsciiDoc listing and literal blocks: `----` or `....` lines, the language on a `[source,sh]` line above.
    if (format === "asciidoc" && ASCIIDOC_BLOCK.test(raw) && (!fence || fence.delimiter === raw.trim())) {
      if (fence) {
        codeBlocks.push({ lang: fence.lang, value: fence.body.join("\n"), line: fence.line });
        fence = null;
      } else fence = { line: i + 1, lang: /^\[source,\s*([\w-]+)/.exec(lines[i - 1] ?? "")?.[1] ?? null, body: [], delimiter: raw.trim() };
      return;
    }
    if (FENCE.test(raw)) {
      if (fence) {
        codeBlocks.push({ lang: fence.lang, value: fence.body.join("\n"), line: fence.line });
        fence = null;
      } else fence = { line: i + 1, lang: raw.replace(FENCE, "").trim() || null, body: [] };
      return;
    }
    if (fence) {
      fence.body.push(raw);
      return;
    }
    const next = lines[i + 1] ?? "";
    if (format === "rst" && raw.trim() && !RST_UNDERLINE.test(raw) && RST_UNDERLINE.test(next) && next.trim().length >= raw.trim().length) {
      const mark = next.trim()[0]!;
      if (!rstDepths.includes(mark)) rstDepths.push(mark);
      headings.push({ depth: rstDepths.indexOf(mark) + 1, text: raw.trim(), line: i + 1 });
    } else if (format === "asciidoc" || format === "org") {
      const match = (format === "org" ? ORG_HEADING : ASCIIDOC_HEADING).exec(raw);
      if (match) headings.push({ depth: match[1]!.length, text: match[2]!.trim(), line: i + 1 });
    }
  });
  if (fence) codeBlocks.push({ lang: (fence as { lang: string | null }).lang, value: (fence as { body: string[] }).body.join("\n"), line: (fence as { line: number }).line });
  if (format === "rst") {
    // `.. code-block::` and `::` literal blocks hold commands as much as fences do.
    lines.forEach((raw, i) => {
      // Other directives (`.. toctree::`, `.. image::`) hold options and page names, not commands.
      const directive = /^\s*\.\.\s+[\w-]+::/.test(raw);
      if (/^\s*\.\. (code-block|code|sourcecode)::/.test(raw) || (!directive && /::\s*$/.test(raw))) {
        const body: string[] = [];
        for (let j = i + 1; j < lines.length && (lines[j]!.trim() === "" || /^\s+/.test(lines[j]!)); j++) body.push(lines[j]!);
        if (body.some((l) => l.trim())) codeBlocks.push({ lang: raw.split("::")[1]?.trim() || null, value: body.join("\n"), line: i + 1 });
      }
    });
  }
  const paragraphs = text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean);
  const orderedCount = (from: number, to: number) => lines.slice(from, to).filter((l) => /^\s*\d+[.)]\s+\S/.test(l)).length;
  const allProse = plainProse(lines, headings, codeBlocks);
  const allInline = inlineSpans(lines);
  const gather = (start: number, end: number): Gathered => ({
    codeBlocks: codeBlocks.filter((c) => c.line >= start && c.line <= end),
    images: [] as ImageRef[],
    links: [] as LinkRef[],
    paragraphs: lines.slice(start - 1, end).join("\n").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
    orderedItems: orderedCount(start - 1, end),
    prose: allProse.filter((p) => p.line >= start && p.line <= end),
    inlineCode: allInline.filter((c) => c.line >= start && c.line <= end),
  });
  const sections = buildSections(headings, lines.length, gather, lines);
  return { path, format, text, headings, sections, codeBlocks, images: [], links: [], paragraphs, prose: allProse, inlineCode: allInline, orderedItems: orderedCount(0, lines.length) };
}

/** Paragraphs of a line-based document with their first line, headings, underlines and code left out. */
function plainProse(lines: string[], headings: Heading[], codeBlocks: CodeBlock[]): TextRef[] {
  const skipped = new Set<number>();
  // The line under a reStructuredText heading is its underline, left out below by its shape.
  for (const heading of headings) skipped.add(heading.line);
  for (const block of codeBlocks) for (let l = block.line; l <= block.line + block.value.split("\n").length + 1; l++) skipped.add(l);
  const prose: TextRef[] = [];
  let current: TextRef | null = null;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const isText = raw.trim() !== "" && !skipped.has(line) && !RST_UNDERLINE.test(raw) && !/^\s{4,}|^\t/.test(raw) && !/^\s*#\+\w+:/.test(raw);
    if (!isText) {
      current = null;
      return;
    }
    if (current) current.text += " " + raw.trim();
    else prose.push((current = /^\s*\d+[.)]\s+\S/.test(raw) ? { text: raw.trim(), line, step: true } : { text: raw.trim(), line }));
  });
  return prose;
}

/** Inline literals: `x` in AsciiDoc and plain text, ``x`` in reStructuredText. */
function inlineSpans(lines: string[]): TextRef[] {
  const spans: TextRef[] = [];
  lines.forEach((raw, i) => {
    for (const match of raw.matchAll(/``([^`]+)``|`([^`]+)`/g)) spans.push({ text: (match[1] ?? match[2] ?? "").trim(), line: i + 1 });
  });
  return spans;
}
