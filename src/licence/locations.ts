/**
 * Where licences are looked for, all decided from the file list alone. Reading a file is lazy and may
 * cost a request (GitHub source), so the set of files read is bounded: root licence files, the REUSE
 * LICENSES/ folder, root manifests and READMEs, and a small sample of source files for headers.
 * `licenceCandidatePaths` lists exactly what `analyseLicences` may read, for sources that prefetch.
 */
import { dirname, type FileIndex } from "../engine/file-index.js";
import { isReadmeName } from "../engine/locate.js";

/** LICENSE, LICENCE.fr.txt, COPYING.LESSER, UNLICENSE, LICENSE-MIT, MIT-LICENSE.md, Licence_CeCILL_V2.1-en.txt. */
const LICENCE_NAME = /^(?:licen[cs]es?|copying|unlicen[cs]e)(?:[-._ ].*)?$|^[^.]+[-_.]licen[cs]e(?:\.(?:md|markdown|txt|rst|html?|adoc))?$/i;
/** Third-party notices are not the project's licence. */
const THIRD_PARTY = /third|3rd|vendor|dependenc|notice/i;

export function isLicenceFileName(name: string): boolean {
  return LICENCE_NAME.test(name) && !THIRD_PARTY.test(name);
}

/** Root licence files, the main ones (LICENSE, LICENCE, COPYING) first. */
export function rootLicenceFiles(files: FileIndex): string[] {
  return files.root.filter(isLicenceFileName).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function rank(name: string): number {
  if (/^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name)) return 0;
  if (/^(licen[cs]e|copying)/i.test(name)) return 1;
  return 2;
}

/** REUSE keeps one file per licence, named by its SPDX id, in LICENSES/. */
export function reuseLicenceFiles(files: FileIndex): string[] {
  // A first-letter test before the pattern: this runs over every path of the tree.
  return files.all.filter((path) => (path.charCodeAt(0) | 0x20) === 0x6c && /^LICENSES\/[^/]+$/i.test(path));
}

export const MANIFESTS = ["package.json", "pyproject.toml", "setup.cfg", "setup.py", "DESCRIPTION", "composer.json", "Cargo.toml", "pom.xml", "publiccode.yml", "publiccode.yaml"] as const;

export function rootManifests(files: FileIndex): string[] {
  return MANIFESTS.map((name) => files.resolveCaseInsensitive(name)).filter((path): path is string => path !== undefined && !path.includes("/"));
}


export function rootReadmeFiles(files: FileIndex): string[] {
  return files.root.filter(isReadmeName);
}

const CODE_EXTENSIONS = new Set("py js mjs cjs ts tsx jsx vue svelte java kt scala go rs c h cc cpp hpp cs php rb pl r swift m sh sql ex exs erl hs ml lua dart jl f90 groovy clj".split(" "));
const NOT_SOURCE = /(^|\/)(tests?|spec|__tests__|__mocks__|fixtures?|examples?|samples?|docs?|migrations?|scripts?|\.github)\//i;

/** By extension, without a regular expression: this runs over every path of the tree. */
export function isCodeFile(path: string): boolean {
  const dot = path.lastIndexOf(".");
  return dot > path.lastIndexOf("/") && CODE_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}

/** How many source files are read for licence headers, and how many from one directory at most. */
export const HEADER_SAMPLE = 24;
const PER_DIRECTORY = 4;

/** The shallowest source files, a few per directory: headers are the same across a project. One pass, no sort (the list is sorted). */
export function headerSample(files: FileIndex): string[] {
  const byDepth: string[][] = [];
  for (const path of files.own) {
    if (!isCodeFile(path)) continue;
    const level = depth(path);
    if (level > MAX_DEPTH || NOT_SOURCE.test(path)) continue;
    (byDepth[level] ??= []).push(path);
  }
  const perDirectory = new Map<string, number>();
  const sample: string[] = [];
  for (const level of byDepth) {
    for (const path of level ?? []) {
      const directory = dirname(path);
      const count = perDirectory.get(directory) ?? 0;
      if (count >= PER_DIRECTORY) continue;
      perDirectory.set(directory, count + 1);
      sample.push(path);
      if (sample.length >= HEADER_SAMPLE) return sample;
    }
  }
  return sample;
}

const MAX_DEPTH = 5;

function depth(path: string): number {
  let count = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 47) count++;
  return count;
}

/** Every file `analyseLicences` may read (manifest-pointed licence files aside, which are few and found while reading). */
export function licenceCandidatePaths(files: FileIndex): string[] {
  return [...new Set([...rootLicenceFiles(files), ...reuseLicenceFiles(files), ...rootManifests(files), ...rootReadmeFiles(files), ...headerSample(files)])];
}
