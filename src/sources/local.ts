/**
 * A local directory as a RepoSnapshot. In a git checkout, the tracked files only (what would be
 * published); elsewhere every file but `.git` and `node_modules`. Texts are read on first use.
 */
import { execFileSync } from "node:child_process";
import { closeSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { basename, join, resolve, sep } from "node:path";
import { MAX_TEXT_BYTES, type FileContent, type RepoSnapshot } from "../engine/snapshot.js";
import { decodeBytes } from "./decode.js";

export class SourceError extends Error {}

const SKIPPED_DIRECTORIES = new Set([".git", "node_modules"]);

export function localSnapshot(directory: string): RepoSnapshot {
  const root = resolve(directory);
  let stats: Stats;
  try {
    stats = statSync(root);
  } catch {
    throw new SourceError(`${directory}: no such directory. Give the path of a repository's working tree.`);
  }
  if (!stats.isDirectory()) throw new SourceError(`${directory}: is a file, not a directory. Give the path of a repository's working tree.`);
  const realRoot = realpathSync(root);
  const git = gitInfo(root);
  const files = (git?.files ?? walk(root)).sort();
  const cache = new Map<string, FileContent>();
  return {
    metadata: { fullName: git?.name ?? basename(realRoot), source: "local", headCommit: git?.head, defaultBranch: git?.branch },
    files,
    content(path) {
      let content = cache.get(path);
      if (!content) {
        content = readContent(realRoot, path);
        cache.set(path, content);
      }
      return content;
    },
  };
}

function readContent(realRoot: string, path: string): FileContent {
  const full = join(realRoot, path);
  try {
    const link = lstatSync(full);
    // A symbolic link is read only when it stays inside the repository: never leak files from elsewhere.
    const target = link.isSymbolicLink() ? realpathSync(full) : full;
    if (target !== realRoot && !target.startsWith(realRoot + sep)) return { state: "unreadable" };
    const stats = statSync(target);
    if (!stats.isFile()) return { state: "unreadable" };
    if (stats.size > MAX_TEXT_BYTES) return { state: "too-large", size: stats.size };
    const bytes = readAll(target, stats.size);
    const decoded = decodeBytes(bytes);
    return decoded.kind === "text" ? { state: "text", text: decoded.text, size: stats.size } : { state: "binary", size: stats.size };
  } catch {
    return { state: "missing" };
  }
}

function readAll(path: string, size: number): Uint8Array {
  const buffer = Buffer.alloc(size);
  const fd = openSync(path, "r");
  try {
    let offset = 0;
    while (offset < size) {
      const read = readSync(fd, buffer, offset, size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return buffer.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
}

interface GitInfo {
  files: string[];
  head?: string;
  branch?: string;
  name?: string;
}

function gitInfo(root: string): GitInfo | undefined {
  const run = (args: string[]) => execFileSync("git", ["-C", root, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 256 << 20 });
  try {
    if (run(["rev-parse", "--is-inside-work-tree"]).trim() !== "true") return undefined;
    // Relative to the audited directory, even when it is a sub-folder of a larger checkout.
    const files = run(["ls-files", "-z", "--", "."]).split("\0").filter(Boolean);
    if (files.length === 0) return undefined;
    const head = tryRun(() => run(["rev-parse", "HEAD"]).trim());
    const branch = tryRun(() => run(["rev-parse", "--abbrev-ref", "HEAD"]).trim());
    return { files, head, branch, name: undefined };
  } catch {
    return undefined;
  }
}

function tryRun(fn: () => string): string | undefined {
  try {
    return fn() || undefined;
  } catch {
    return undefined;
  }
}

/** Every file below the root; symbolic links to directories are not followed (cycles, escapes). */
function walk(root: string): string[] {
  const files: string[] = [];
  const pending = [""];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(dir ? join(root, dir) : root, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(path);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        files.push(path);
      }
    }
  }
  return files;
}
