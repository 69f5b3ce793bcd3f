/**
 * Lookups over a snapshot's file list, built once per audit. A 100,000-file tree must stay cheap,
 * so everything here is a single pass or a map lookup.
 */
import picomatch from "picomatch";

// The vendored, generated and fixture folders are defined with the other places, in places.ts.
export { isVendoredPath } from "./places.js";
import { isVendoredPath } from "./places.js";

export function basename(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? path : path.slice(slash + 1);
}

export function dirname(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

export class FileIndex {
  readonly all: readonly string[];
  /** Files outside vendored trees and outside the configured exclusions. */
  readonly own: readonly string[];
  /** Files directly at the root. */
  readonly root: readonly string[];
  private readonly present: Set<string>;
  private readonly lowerCase = new Map<string, string>();

  constructor(paths: readonly string[], exclude: readonly string[] = []) {
    this.all = paths;
    this.present = new Set(paths);
    const excluded = exclude.length > 0 ? picomatch(exclude as string[], { dot: true }) : () => false;
    const own: string[] = [];
    const root: string[] = [];
    for (const path of paths) {
      if (!this.lowerCase.has(path.toLowerCase())) this.lowerCase.set(path.toLowerCase(), path);
      if (!path.includes("/")) root.push(path);
      if (!isVendoredPath(path) && !excluded(path)) own.push(path);
    }
    this.own = own;
    this.root = root;
  }

  has(path: string): boolean {
    return this.present.has(path);
  }

  /** The real spelling of a path looked up without regard to case, or undefined. */
  resolveCaseInsensitive(path: string): string | undefined {
    return this.lowerCase.get(path.toLowerCase());
  }

  /** Root files whose name matches. */
  rootMatching(pattern: RegExp): string[] {
    return this.root.filter((path) => pattern.test(path));
  }

  /** The project's own files (not vendored) whose whole path matches. */
  ownMatching(pattern: RegExp): string[] {
    return this.own.filter((path) => pattern.test(path));
  }

  /** The project's own files matching any of the globs (configuration `paths`). */
  ownMatchingGlobs(globs: readonly string[]): string[] {
    if (globs.length === 0) return [];
    const matches = picomatch(globs as string[], { dot: true, nocase: true });
    return this.own.filter((path) => matches(path));
  }
}
