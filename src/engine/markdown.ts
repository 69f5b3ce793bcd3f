/**
 * Markdown parsed with markdown-it (CommonMark preset) into a small syntax tree shaped like mdast,
 * the tree documents.ts reads: the same node types, values and start lines that
 * mdast-util-from-markdown gives, at a tenth of the time (a 65 kB changelog: 10-30 ms instead of
 * 100-300 ms). markdown-it gives a flat token stream with block lines only; the tree and the lines
 * of inline nodes (links, images, code spans, inline HTML) are rebuilt here from where each
 * construct starts in its block's text.
 */
import { createRequire } from "node:module";
import type MarkdownIt from "markdown-it";
import type StateInline from "markdown-it/lib/rules_inline/state_inline.mjs";
import type Token from "markdown-it/lib/token.mjs";

interface Positioned {
  /** 1-based line where the node starts. */
  line: number;
}

export type MdNode =
  | (Positioned & { type: "heading"; depth: number; children: MdNode[] })
  | (Positioned & { type: "paragraph" | "blockquote" | "listItem" | "emphasis" | "strong" | "linkReference"; children: MdNode[] })
  | (Positioned & { type: "list"; ordered: boolean; children: MdNode[] })
  | (Positioned & { type: "link"; url: string; children: MdNode[] })
  | (Positioned & { type: "code"; lang: string | null; value: string })
  | (Positioned & { type: "html" | "inlineCode" | "text"; value: string })
  | (Positioned & { type: "image"; url: string; alt: string })
  | (Positioned & { type: "imageReference"; identifier: string; alt: string })
  | (Positioned & { type: "break" | "thematicBreak" });

type Parent = Extract<MdNode, { children: MdNode[] }>;

/** Where an inline construct starts and ends in its block's text, recorded by the wrapped rules. */
interface Span {
  start: number;
  end: number;
}

type InlineRule = (state: StateInline, silent: boolean) => boolean;

/**
 * Records the source span of the tokens a rule makes, which markdown-it does not keep for inline
 * tokens: the line of a link in a paragraph, and whether a link or image was written inline
 * (`[a](b)`) or by reference (`[a][b]`), which mdast tells apart and markdown-it resolves away.
 */
function spanned(rule: InlineRule, types: readonly string[]): InlineRule {
  return (state, silent) => {
    const start = state.pos;
    const first = state.tokens.length;
    if (!rule(state, silent)) return false;
    if (!silent) {
      for (let i = first; i < state.tokens.length; i++) {
        const token = state.tokens[i]!;
        if (types.includes(token.type) && token.meta == null) token.meta = { start, end: state.pos } satisfies Span;
      }
    }
    return true;
  };
}

const require = createRequire(import.meta.url);
let parser: MarkdownIt | undefined;

/** The inline constructs whose tokens need a source span, and those tokens. */
const SPANNED: Record<string, readonly string[]> = {
  link: ["link_open", "link_close"],
  image: ["image"],
  autolink: ["link_open"],
  backticks: ["code_inline"],
  html_inline: ["html_inline"],
};

/**
 * Made on first use. markdown-it's CommonJS build is one file, required when the first document is
 * parsed: a third of the time its ES modules (some 80 files) take to load.
 */
function markdownIt(): MarkdownIt {
  if (parser) return parser;
  const MarkdownItClass = require("markdown-it") as typeof MarkdownIt;
  // CommonMark, as micromark parses it: no tables or autolinked bare URLs.
  const md = new MarkdownItClass("commonmark");
  // Each rule's own function, through the public API: the only inline rule left enabled. Then the
  // preset's rules are enabled again.
  const rules = Object.keys(SPANNED).map((name) => {
    md.inline.ruler.enableOnly([name]);
    return md.inline.ruler.getRules("")[0] as InlineRule;
  });
  md.configure("commonmark");
  Object.keys(SPANNED).forEach((name, i) => md.inline.ruler.at(name, spanned(rules[i]!, SPANNED[name]!)));
  // Nesting up to 100 levels (the preset stops at 20 and drops what is deeper).
  Object.assign(md.options, { maxNesting: 100 });
  // URLs as written (escapes and entities decoded), never rejected or percent-encoded: they are
  // looked up in the repository, not rendered.
  md.validateLink = () => true;
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  return (parser = md);
}

/** The document's top-level nodes, each with its children. Throws only on a parser bug. */
export function parseMarkdownTree(text: string): MdNode[] {
  // micromark drops a byte order mark; markdown-it would read it as text ("\ufeff# Title" is no heading).
  const md = markdownIt();
  const unescapeAll = md.utils.unescapeAll;
  const tokens = md.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {});
  // mdast keeps line endings as written; markdown-it makes them all "\n". Files written with CRLF
  // throughout get theirs back (mixed files keep "\n": which ending was where is not known).
  const crlf = text.includes("\r\n") && !/(^|[^\r])\n/.test(text);
  const root: Parent = { type: "paragraph", line: 1, children: [] };
  const stack: Parent[] = [root];
  const top = () => stack[stack.length - 1]!;
  for (const token of tokens) {
    const line = (token.map?.[0] ?? 0) + 1;
    switch (token.type) {
      case "heading_open":
        open({ type: "heading", depth: Number(token.tag.slice(1)), line, children: [] });
        break;
      case "paragraph_open":
        open({ type: "paragraph", line, children: [] });
        break;
      case "blockquote_open":
        open({ type: "blockquote", line, children: [] });
        break;
      case "bullet_list_open":
      case "ordered_list_open":
        open({ type: "list", ordered: token.type === "ordered_list_open", line, children: [] });
        break;
      case "list_item_open":
        open({ type: "listItem", line, children: [] });
        break;
      case "heading_close":
      case "paragraph_close":
      case "blockquote_close":
      case "bullet_list_close":
      case "ordered_list_close":
      case "list_item_close":
        stack.pop();
        break;
      case "inline":
        top().children.push(...inlineNodes(token, top().line));
        break;
      case "fence": {
        // The first word of the info string, escapes and entities decoded, as mdast's `lang`.
        const info = token.info.trim();
        top().children.push({ type: "code", lang: info ? unescapeAll(info.split(/\s+/)[0]!) : null, value: withoutFinalNewline(token.content), line });
        break;
      }
      case "code_block":
        top().children.push({ type: "code", lang: null, value: withoutFinalNewline(token.content), line });
        break;
      case "html_block":
        top().children.push({ type: "html", value: withoutFinalNewline(token.content), line });
        break;
      case "hr":
        top().children.push({ type: "thematicBreak", line });
        break;
    }
  }
  if (crlf) restoreCrlf(root.children);
  return root.children;

  function open(node: Parent): void {
    top().children.push(node);
    stack.push(node);
  }
}

function restoreCrlf(nodes: MdNode[]): void {
  for (const node of nodes) {
    if ("value" in node) node.value = node.value.replace(/\n/g, "\r\n");
    if ("alt" in node) node.alt = node.alt.replace(/\n/g, "\r\n");
    if ("children" in node) restoreCrlf(node.children);
  }
}

/**
 * Inline HTML over several lines as micromark gives it: up to three columns of indentation taken off
 * each continuation line (a tab counts to the next multiple of four; what is left of it, as spaces).
 */
function withoutLinePrefixes(html: string): string {
  return html.replace(/\n([ \t]+)/g, (_, indent: string) => {
    let column = 0;
    for (let i = 0; i < indent.length; i++) {
      const width = indent[i] === "\t" ? 4 - (column % 4) : 1;
      if (column + width > 3) return "\n" + " ".repeat(column + width - 3) + indent.slice(i + 1);
      column += width;
    }
    return "\n";
  });
}

function withoutFinalNewline(value: string): string {
  return value.endsWith("\n") ? value.slice(0, -1) : value;
}

/** The inline tokens of a block as nodes; `blockLine` is the block's first line. */
function inlineNodes(inline: Token, blockLine: number): MdNode[] {
  const source = inline.content;
  // Lines are counted forward: spans come in source order (a link's closing token after its text).
  let counted = 0;
  let newlines = 0;
  const lineAt = (offset: number): number => {
    if (offset < counted) return blockLine + countNewlines(source, 0, offset);
    newlines += countNewlines(source, counted, offset);
    counted = offset;
    return blockLine + newlines;
  };
  const root: Parent = { type: "paragraph", line: blockLine, children: [] };
  const stack: Parent[] = [root];
  const top = () => stack[stack.length - 1]!;
  for (const token of inline.children ?? []) {
    const span = token.meta as Span | null;
    // The closing token of a link shares its opening's span: no line needed, and none counted back.
    const line = span && token.type !== "link_close" ? lineAt(span.start) : top().line;
    switch (token.type) {
      case "text":
        top().children.push({ type: "text", value: token.content, line });
        break;
      case "softbreak":
        top().children.push({ type: "text", value: "\n", line });
        break;
      case "hardbreak":
        top().children.push({ type: "break", line });
        break;
      case "code_inline":
        top().children.push({ type: "inlineCode", value: span ? codeSpanValue(source.slice(span.start, span.end), token.markup.length) : token.content, line });
        break;
      case "html_inline":
        top().children.push({ type: "html", value: token.content.includes("\n") ? withoutLinePrefixes(token.content) : token.content, line });
        break;
      case "em_open":
      case "strong_open": {
        const node: Parent = { type: token.type === "em_open" ? "emphasis" : "strong", line, children: [] };
        top().children.push(node);
        stack.push(node);
        break;
      }
      case "link_open": {
        const reference = span !== null && source.charCodeAt(span.end - 1) === 0x5d; /* ] */
        const node: Parent = reference ? { type: "linkReference", line, children: [] } : { type: "link", url: token.attrGet("href") ?? "", line, children: [] };
        top().children.push(node);
        stack.push(node);
        break;
      }
      case "em_close":
      case "strong_close":
      case "link_close":
        stack.pop();
        break;
      case "image":
        top().children.push(image(token, span, source, line));
        break;
    }
  }
  return root.children;
}

function image(token: Token, span: Span | null, source: string, line: number): MdNode {
  // markdown-it keeps the label's tokens; mdast keeps their text (nested images by their alt).
  const alt = textOf(inlineNodes({ content: "", children: token.children } as Token, line));
  const end = span?.end ?? 0;
  if (!span || source.charCodeAt(end - 1) === 0x29 /* ) */) return { type: "image", url: token.attrGet("src") ?? "", alt, line };
  // A reference: `![alt][label]`, `![alt][]` or `![alt]`; mdast names it by its normalised label.
  const labelEnd = span.start + 2 + token.content.length;
  const rest = source.slice(labelEnd + 1, end);
  const label = rest.length > 2 ? rest.slice(1, -1) : token.content;
  return { type: "imageReference", identifier: normaliseIdentifier(label), alt, line };
}

/**
 * A code span's text as mdast keeps it: line endings kept (markdown-it turns them into spaces), one
 * space or line ending taken off each end when both ends have one and something else is inside.
 */
function codeSpanValue(raw: string, fence: number): string {
  const inside = raw.slice(fence, raw.length - fence);
  const padded = /^[ \n]/.test(inside) && /[ \n]$/.test(inside) && /[^ \n]/.test(inside);
  return padded ? inside.slice(1, -1) : inside;
}

/** micromark's normalizeIdentifier, lower-cased as mdast-util-from-markdown stores it. */
function normaliseIdentifier(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, " ")
    .replace(/^ | $/g, "")
    .toLowerCase()
    .toUpperCase()
    .toLowerCase();
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/**
 * The text of a node, as mdast-util-to-string gives it: values (HTML included), image alt texts
 * unless left out, children joined.
 */
export function textOf(node: MdNode | MdNode[], options: { includeImageAlt?: boolean } = {}): string {
  const includeImageAlt = options.includeImageAlt ?? true;
  const one = (item: MdNode): string => {
    if ("value" in item) return item.value;
    if ("alt" in item) return includeImageAlt ? item.alt : "";
    if ("children" in item) return all(item.children);
    return "";
  };
  const all = (items: MdNode[]): string => {
    let out = "";
    for (const item of items) out += one(item);
    return out;
  };
  return Array.isArray(node) ? all(node) : one(node);
}
