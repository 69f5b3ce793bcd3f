/**
 * The part of the issue body Relais owns: between two hidden markers, the opening one carrying a hash
 * of the content. Maintainers may write above or below; Relais rewrites only its own section, and only
 * when the hash differs.
 */
import { createHash } from "node:crypto";

const START = /<!-- relais:start\b([^>]*)-->/;
const END = "<!-- relais:end -->";
/** GitHub refuses bodies over 65,536 characters. */
const MAX_BODY = 65_000;

export function contentHash(content: string): string {
  return createHash("sha256").update(content).digest("hex").slice(0, 16);
}

export function hasMarker(body: string | null | undefined): boolean {
  return START.test(body ?? "");
}

/** The hash in the body's marker, or undefined when the body has none. */
export function markerHash(body: string | null | undefined): string | undefined {
  const match = START.exec(body ?? "");
  return match ? (/hash=([0-9a-f]+)/.exec(match[1] ?? "")?.[1] ?? "") : undefined;
}

/** Written inside the section when the report asked for the issue, so a later reopening knows whether anything regressed. */
const FAILING = "<!-- relais:state failing -->";

export function section(content: string, hash: string, failing?: boolean): string {
  return `<!-- relais:start v=1 hash=${hash} -->\n${failing ? `${FAILING}\n` : ""}${content.trimEnd()}\n${END}`;
}

/** The last report Relais wrote in this body called for the issue (documents were missing). */
export function wasFailing(body: string | null | undefined): boolean {
  return (body ?? "").includes(FAILING);
}

/**
 * The start marker is there but the end marker is gone (a maintainer's edit): where Relais's text ends
 * and theirs begins can no longer be told, so the body must not be rewritten.
 */
export function endMarkerMissing(body: string | null | undefined): boolean {
  const text = body ?? "";
  const start = START.exec(text);
  return start !== null && text.indexOf(END, start.index) === -1;
}

/** The new body: `content` replaces Relais's section, text outside the markers stays as the maintainers left it. */
export function composeBody(previous: string | null | undefined, content: string, hash: string, failing?: boolean): string {
  const old = previous ?? "";
  const start = START.exec(old);
  let body: string;
  if (!start) {
    // No section (a new issue, or a maintainer removed the markers): ours goes first, their text follows.
    body = old.trim() ? `${section(content, hash, failing)}\n\n${old.trim()}\n` : `${section(content, hash, failing)}\n`;
  } else {
    const endIndex = old.indexOf(END, start.index);
    // Callers check endMarkerMissing() first; should one not, every byte of the old body is kept below.
    const before = old.slice(0, start.index);
    const after = endIndex === -1 ? `\n\n${old.slice(start.index)}` : old.slice(endIndex + END.length);
    body = `${before}${section(content, hash, failing)}${after}`;
  }
  return body.length <= MAX_BODY ? body : truncate(body, hash, content);
}

/** A report too long for GitHub is cut at a line, with a note; the hash still identifies the full content. */
function truncate(body: string, hash: string, content: string): string {
  const room = MAX_BODY - (body.length - content.length) - 200;
  const cut = content.slice(0, Math.max(0, room));
  const shortened = `${cut.slice(0, cut.lastIndexOf("\n"))}\n\n_… (truncated: the full report is printed by \`relais audit\`)_`;
  return body.replace(content.trimEnd(), shortened);
}

/** A hidden marker identifying a comment, so that a comment whose POST failed is found before it is posted again. */
export function commentMarker(kind: string, key: string): string {
  return `<!-- relais:comment ${kind} ${key} -->`;
}
