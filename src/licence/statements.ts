/**
 * Licences stated outside licence files: SPDX-License-Identifier lines and licence headers at the top
 * of source files (a bounded sample, see locations.ts), and the licence section of a README.
 */
import { correctLicence, gnuFamily, leaves, toSpdx, type LicenceTree } from "./expression.js";
import { countOrLaterPhrases, findNotices, type NoticeResult } from "./notices.js";
import type { LicenceDeclaration } from "./types.js";

export interface Statement extends LicenceDeclaration {
  tree: LicenceTree | null;
}

export interface StatementsFound {
  statements: Statement[];
  /** GNU families said to be "or any later version". */
  orLater: Set<string>;
}

/** Licence headers sit in the first lines of a file. */
const HEADER_CHARS = 4000;
const SPDX_LINE = /SPDX-License-Identifier:\s*([^\n]*?)\s*(?:\*\/|-->|#\}|\*\)|$)/gim;

export function headerStatements(path: string, text: string): StatementsFound {
  const head = text.slice(0, HEADER_CHARS);
  const statements: Statement[] = [];
  const orLater = new Set<string>();
  SPDX_LINE.lastIndex = 0;
  for (let match = SPDX_LINE.exec(head); match; match = SPDX_LINE.exec(head)) {
    const raw = match[1]!.trim();
    if (!raw) continue;
    const correction = correctLicence(raw);
    const line = head.slice(0, match.index).split("\n").length;
    statements.push({ source: "spdx-header", path, line, raw, spdx: toSpdx(correction.tree), tree: correction.tree, ...(correction.corrected && correction.tree ? { corrected: true } : {}) });
    addOrLater(correction.tree, orLater);
  }
  if (statements.length === 0) {
    const comment = leadingComment(head);
    if (comment) {
      const notices = findNotices(comment, { standalone: false });
      if (notices.tree) {
        const line = head.indexOf(comment.slice(0, 20));
        statements.push({ source: "source-header", path, line: line >= 0 ? head.slice(0, line).split("\n").length : 1, raw: firstLine(comment), spdx: toSpdx(notices.tree), tree: notices.tree });
      }
      for (const family of notices.orLater) orLater.add(family);
    }
  }
  return { statements, orLater };
}

/** The comment block(s) at the top of a source file, markers stripped. */
function leadingComment(head: string): string {
  const lines: string[] = [];
  let inBlock = false;
  let offset = 0;
  for (const line of head.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (inBlock) {
      lines.push(trimmed.replace(/^\*+\s?/, "").replace(/\*\/.*$/, ""));
      if (trimmed.includes("*/")) inBlock = false;
      continue;
    }
    if (trimmed === "" || /^#!|^<\?php|^#\s*-\*-|^(?:"use strict"|'use strict');?$/.test(trimmed)) continue;
    if (trimmed.startsWith("/*")) {
      lines.push(trimmed.replace(/^\/\*+\s?/, "").replace(/\*\/.*$/, ""));
      inBlock = !trimmed.slice(2).includes("*/");
      continue;
    }
    const quote = /^[rRuUbB]?("""|''')/.exec(trimmed);
    if (quote) {
      // A Python module docstring often holds the licence notice.
      const open = head.indexOf(quote[1]!, lineStart) + 3;
      const close = head.indexOf(quote[1]!, open);
      lines.push(head.slice(open, close === -1 ? undefined : close));
      break;
    }
    const single = /^(?:\/\/+|#+|--|;+|%+|rem\b)\s?(.*)$/i.exec(trimmed);
    if (!single) break;
    lines.push(single[1]!);
  }
  return lines.join("\n").trim();
}

function firstLine(text: string): string {
  const line = text.split("\n").find((item) => item.trim()) ?? "";
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

function addOrLater(tree: LicenceTree | null, orLater: Set<string>): void {
  for (const node of leaves(tree)) {
    const family = gnuFamily(node.id);
    if (family && node.orLater) orLater.add(family);
  }
}

const LICENCE_HEADING = /^(#{1,6})\s*(.*\blicen[cs]e?s?\b.*|.*\blicences?\b.*)$/im;

/**
 * A README's licence statement: its "Licence" section when it has one (where a name alone on a line
 * counts), else the sentences that declare a licence anywhere in it.
 */
export function readmeStatements(path: string, text: string): StatementsFound {
  const { notices, scope } = readmeNotices(text);
  const orLater = new Set(notices.orLater);
  if (countOrLaterPhrases(scope.body) > 0) for (const node of leaves(notices.tree)) if (gnuFamily(node.id)) orLater.add(gnuFamily(node.id)!);
  const statements: Statement[] = notices.tree ? [{ source: "readme", path, line: scope.line, raw: firstLine(scope.body), spdx: toSpdx(notices.tree), tree: notices.tree }] : [];
  return { statements, orLater };
}

/** The notices of a README's licence section (or of the whole README), and where they were read. */
export function readmeNotices(text: string): { notices: NoticeResult; scope: { body: string; line: number } } {
  const section = licenceSection(text);
  const scope = section ?? { body: text.slice(0, 50000), line: 1 };
  return { notices: findNotices(scope.body, { standalone: section !== undefined }), scope };
}

function licenceSection(text: string): { body: string; line: number } | undefined {
  const heading = LICENCE_HEADING.exec(text) ?? /^(.*\blicen[cs]es?\b.*)\n(?:=+|-+|~+)\s*$/im.exec(text);
  if (!heading) return undefined;
  const start = heading.index + heading[0].length;
  const level = heading[1]!.startsWith("#") ? heading[1]!.length : 2;
  const rest = text.slice(start);
  const next = new RegExp(`^#{1,${level}}\\s|^.+\\n(?:=+|-+)\\s*$`, "m").exec(rest);
  const body = next ? rest.slice(0, next.index) : rest;
  return { body: body.slice(0, 4000), line: text.slice(0, heading.index).split("\n").length };
}
