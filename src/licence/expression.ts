/**
 * SPDX expressions: parsed with spdx-expression-parse, repaired with spdx-correct (guarded, see
 * `correctLicence`), combined, and written back. GNU ids are carried bare inside the analysis
 * ("GPL-3.0" with an or-later flag) because a bare text cannot tell -only from -or-later; they get
 * their suffix when the expression is written.
 */
import type parseType from "spdx-expression-parse";
import type correctType from "spdx-correct";
import { createRequire } from "node:module";
import { findNames, flatten } from "./names.js";

const require = createRequire(import.meta.url);

export type LicenceTree =
  | { kind: "leaf"; id: string; orLater?: boolean; only?: boolean; exception?: string }
  | { kind: "and" | "or"; items: LicenceTree[] };

const GNU = /^(A|L)?GPL-(\d\.\d)(-only|-or-later|\+)?$/;

export function leaf(id: string, flags: { orLater?: boolean; only?: boolean } = {}): LicenceTree {
  const gnu = GNU.exec(id);
  if (!gnu) return { kind: "leaf", id };
  const orLater = flags.orLater || gnu[3] === "-or-later" || gnu[3] === "+";
  const only = !orLater && (flags.only || gnu[3] === "-only");
  return { kind: "leaf", id: `${gnu[1] ?? ""}GPL-${gnu[2]}`, ...(orLater ? { orLater } : {}), ...(only ? { only } : {}) };
}

/** The GNU family of an id (GPL, LGPL, AGPL), undefined for others. */
export function gnuFamily(id: string): string | undefined {
  const gnu = GNU.exec(id);
  return gnu ? `${gnu[1] ?? ""}GPL` : undefined;
}

export function combine(kind: "and" | "or", trees: readonly LicenceTree[]): LicenceTree | null {
  const items: LicenceTree[] = [];
  for (const tree of trees) {
    if (tree.kind === kind) items.push(...tree.items);
    else items.push(tree);
  }
  const unique = dedupe(items);
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0]!;
  return { kind, items: unique };
}

/** Same licence twice (a French and an English copy) counts once; flags merge. */
function dedupe(items: LicenceTree[]): LicenceTree[] {
  const result: LicenceTree[] = [];
  for (const item of items) {
    const twin = result.find((other) => sameTree(other, item));
    if (!twin) result.push(item);
    else if (twin.kind === "leaf" && item.kind === "leaf" && item.orLater && !twin.only) twin.orLater = true;
  }
  return result;
}

function sameTree(a: LicenceTree, b: LicenceTree): boolean {
  if (a.kind === "leaf" || b.kind === "leaf") return a.kind === "leaf" && b.kind === "leaf" && a.id === b.id && a.exception === b.exception;
  return a.kind === b.kind && a.items.length === b.items.length && a.items.every((item, i) => sameTree(item, b.items[i]!));
}

export function leaves(tree: LicenceTree | null): Extract<LicenceTree, { kind: "leaf" }>[] {
  if (!tree) return [];
  if (tree.kind === "leaf") return [tree];
  return tree.items.flatMap(leaves);
}

export function mapLeaves(tree: LicenceTree, map: (leaf: Extract<LicenceTree, { kind: "leaf" }>) => LicenceTree): LicenceTree {
  if (tree.kind === "leaf") return map(tree);
  return combine(tree.kind, tree.items.map((item) => mapLeaves(item, map))) ?? tree;
}

/** The SPDX id of a leaf: GNU ids get -or-later when the grant says so, -only otherwise. */
export function leafId(node: Extract<LicenceTree, { kind: "leaf" }>): string {
  const id = gnuFamily(node.id) ? `${node.id}${node.orLater ? "-or-later" : "-only"}` : node.id;
  return node.exception ? `${id} WITH ${node.exception}` : id;
}

export function toSpdx(tree: LicenceTree | null): string | null {
  if (!tree) return null;
  if (tree.kind === "leaf") return leafId(tree);
  return tree.items
    .map((item) => (item.kind !== "leaf" && item.kind !== tree.kind ? `(${toSpdx(item)})` : toSpdx(item)))
    .join(tree.kind === "and" ? " AND " : " OR ");
}

type Parsed = parseType.Info;

function fromParsed(info: Parsed): LicenceTree {
  if ("conjunction" in info) return combine(info.conjunction, [fromParsed(info.left), fromParsed(info.right)])!;
  const node = leaf(info.plus ? `${info.license}+` : info.license);
  return info.exception && node.kind === "leaf" ? { ...node, exception: info.exception } : node;
}

/** A valid SPDX expression as a tree, undefined when it is not one. */
export function parseSpdx(expression: string): LicenceTree | undefined {
  try {
    // Required on first use, like spdx-correct below: it loads the SPDX id lists, which many audits never need.
    const parse = require("spdx-expression-parse") as typeof parseType;
    return fromParsed(parse(expression.trim()));
  } catch {
    return undefined;
  }
}

export interface Correction {
  tree: LicenceTree | null;
  /** The raw string was not a valid SPDX expression and had to be fixed. */
  corrected: boolean;
  /** npm's UNLICENSED, "proprietary": no licence granted. */
  proprietary?: boolean;
  /** "SEE LICENSE IN <file>", "file LICENSE": the licence is in that file. */
  pointsTo?: string;
}

let canonicalIds: Map<string, string> | undefined;

/** SPDX ids by lower-case spelling: ids are case-insensitive, the parser is not. */
function canonicalId(id: string): string | undefined {
  if (!canonicalIds) {
    canonicalIds = new Map();
    const ids = require("spdx-license-list/simple") as Set<string>;
    for (const known of ids) canonicalIds.set(known.toLowerCase(), known);
  }
  return canonicalIds.get(id.toLowerCase());
}

const OR_LATER_MARK = /\+|later|>=|ulterieure|ultérieure|newer|plus r[ée]cente/i;

/**
 * A declared licence string made an SPDX expression. In order: valid as it is; valid once ids get
 * their canonical case; a licence name we recognise ("CeCILL v2.1", "Licence Ouverte 2.0"); then
 * spdx-correct, whose guesses are refused when they add a version the string did not have ("BSD" is
 * not BSD-2-Clause, "GPL" is not GPL-3.0) and whose "-or-later" is dropped when the string did not
 * say so ("AGPL-3" is AGPL-3.0-only).
 */
export function correctLicence(raw: string): Correction {
  const text = raw.trim().replace(/^["']|["']$/g, "");
  if (text === "") return { tree: null, corrected: false };
  if (/^(unlicensed|proprietary|propri[ée]taire|commercial|private|none)$/i.test(text)) return { tree: null, corrected: false, proprietary: true };
  const pointer = /^see\s+licen[cs]e\s+in\s+(.+)$/i.exec(text) ?? /^file\s+(\S+)$/i.exec(text);
  if (pointer) return { tree: null, corrected: false, pointsTo: pointer[1]!.trim() };

  const strict = parseSpdx(text);
  if (strict) return { tree: strict, corrected: false };

  const recased = text.replace(/[A-Za-z0-9.+-]+/g, (word) => (/^(and|or|with)$/i.test(word) ? word.toUpperCase() : canonicalId(word.replace(/\+$/, "")) ? canonicalId(word.replace(/\+$/, ""))! + (word.endsWith("+") ? "+" : "") : word));
  const recasedTree = recased !== text ? parseSpdx(recased) : undefined;
  if (recasedTree) return { tree: recasedTree, corrected: true };

  // An expression with operators: correct each operand.
  const parts = text.split(/\s+(and|or|AND|OR|\|)\s+|\s*[|/,]\s*(?=\S)/).filter((part) => part !== undefined);
  if (parts.length > 1) {
    const operands: LicenceTree[] = [];
    let kind: "and" | "or" = "or";
    for (const part of parts) {
      if (/^(and)$/i.test(part)) kind = "and";
      else if (/^(or|\|)$/i.test(part)) kind = "or";
      else {
        const operand = correctSingle(part);
        if (!operand) return { tree: null, corrected: true };
        operands.push(operand);
      }
    }
    return { tree: combine(kind, operands), corrected: true };
  }
  return { tree: correctSingle(text), corrected: true };
}

function correctSingle(text: string): LicenceTree | null {
  const strict = parseSpdx(text);
  if (strict) return strict;
  const named = findNames(flatten(text)).filter((hit) => hit.id);
  if (named.length === 1) return leaf(named[0]!.id!, named[0]!);
  let guess: string | null = null;
  try {
    // Required on first use: spdx-correct builds its tables when loaded, and most audits never need a guess.
    const correct = require("spdx-correct") as typeof correctType;
    guess = correct(text, { upgrade: true });
  } catch {
    guess = null;
  }
  if (!guess) return null;
  const digits = guess.match(/\d/g) ?? [];
  if (digits.length && !digits.some((digit) => text.includes(digit))) return null;
  const tree = parseSpdx(guess);
  if (!tree || tree.kind !== "leaf") return tree ?? null;
  if (gnuFamily(tree.id)) {
    const orLater = OR_LATER_MARK.test(text);
    return leaf(tree.id, { orLater, only: !orLater });
  }
  return tree;
}

/** Two expressions name the same licences, GNU -only/-or-later aside (a bare text cannot tell). */
export function sameLicences(a: LicenceTree | null, b: LicenceTree | null): boolean {
  const ids = (tree: LicenceTree | null) => new Set(leaves(tree).map((node) => node.id));
  const left = ids(a);
  const right = ids(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}

/** Every licence of `part` appears in `whole` (package.json saying MIT of a repository under MIT AND etalab-2.0). */
export function coveredBy(part: LicenceTree | null, whole: LicenceTree | null): boolean {
  const ids = new Set(leaves(whole).map((node) => node.id));
  const own = leaves(part);
  return own.length > 0 && own.every((node) => ids.has(node.id));
}
