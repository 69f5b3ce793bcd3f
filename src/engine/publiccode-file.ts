/**
 * The repository's publiccode.yml, parsed once per snapshot with line positions. Three rules read it:
 * publiccode validates it, roadmap takes its `roadmap` URL, maintainer-contact its maintenance contacts.
 */
import { createRequire } from "node:module";
import type { Document, LineCounter } from "yaml";
import type { RepoSnapshot } from "./snapshot.js";
import type { RuleContext } from "./types.js";

/** The publiccode.yml standard names the file exactly; `.yaml` is tolerated here so that it can be reported. */
export const PUBLICCODE_NAME = /^publiccode\.ya?ml$/i;

export type PubliccodeFile =
  | { path: string; state: "unreadable" }
  | { path: string; state: "syntax-error"; line: number; error: string }
  | { path: string; state: "parsed"; value: unknown; lineOf: (keys: readonly (string | number)[]) => number | undefined };

const cache = new WeakMap<RepoSnapshot, PubliccodeFile | null>();

/** The publiccode.yml at the root (publiccode.yml preferred over .yaml), or undefined. */
export function rootPubliccode(context: RuleContext): PubliccodeFile | undefined {
  let file = cache.get(context.snapshot);
  if (file === undefined) {
    const path = context.files.root.filter((p) => PUBLICCODE_NAME.test(p)).sort((a, b) => rank(a) - rank(b))[0];
    file = path ? load(context.snapshot, path) : null;
    cache.set(context.snapshot, file);
  }
  return file ?? undefined;
}

function rank(path: string): number {
  return path === "publiccode.yml" ? 0 : /\.yml$/i.test(path) ? 1 : 2;
}

const require = createRequire(import.meta.url);

/** yaml is CommonJS: required when a repository has a publiccode.yml, not loaded by every audit. */
function yaml(): typeof import("yaml") {
  return require("yaml") as typeof import("yaml");
}

function load(snapshot: RepoSnapshot, path: string): PubliccodeFile {
  const content = snapshot.content(path);
  if (content.state !== "text" || content.text === undefined) return { path, state: "unreadable" };
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(content.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    return { path, state: "syntax-error", line: error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line, error: error.message.split("\n")[0]! };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (thrown) {
    // An alias bomb or a circular reference: a syntax problem as far as the reader is concerned.
    return { path, state: "syntax-error", line: 1, error: thrown instanceof Error ? thrown.message : String(thrown) };
  }
  return { path, state: "parsed", value, lineOf: (keys) => lineOf(doc, lineCounter, keys) };
}

/** The line of a key (or of its closest existing parent, for a missing key). */
function lineOf(doc: Document, lineCounter: LineCounter, keys: readonly (string | number)[]): number | undefined {
  const { isMap, isScalar, isSeq } = yaml();
  for (let depth = keys.length; depth > 0; depth--) {
    const parent = depth > 1 ? doc.getIn(keys.slice(0, depth - 1), true) : doc.contents;
    const key = keys[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      if (range) return lineCounter.linePos(range[0]).line;
    } else if (isSeq(parent) && typeof key === "number") {
      const range = (parent.items[key] as { range?: [number, number, number] } | undefined)?.range;
      if (range) return lineCounter.linePos(range[0]).line;
    }
  }
  const range = (doc.contents as { range?: [number, number, number] } | null)?.range;
  return range ? lineCounter.linePos(range[0]).line : undefined;
}

/** A non-blank string at a path of a parsed value, trimmed; undefined otherwise (empty strings count as missing). */
export function textAt(value: unknown, keys: readonly (string | number)[]): string | undefined {
  let node: unknown = value;
  for (const key of keys) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return typeof node === "string" && node.trim() !== "" ? node.trim() : undefined;
}
