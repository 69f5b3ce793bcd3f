/**
 * Licence analysis of a repository: licence files identified, manifests and headers read, "or any
 * later version" gathered from everywhere, and the result weighed against the State's list.
 * Synchronous and pure; reads only the bounded set of files listed by `licenceCandidatePaths`
 * (plus licence files a manifest points to).
 */
import picomatch from "picomatch";
import type { FileIndex } from "../engine/file-index.js";
import { basename } from "../engine/file-index.js";
import type { RepoSnapshot } from "../engine/snapshot.js";
import { readText } from "../engine/snapshot.js";
import { combine, correctLicence, gnuFamily, leafId, leaves, mapLeaves, parseSpdx, toSpdx, type LicenceTree } from "./expression.js";
import { evaluate } from "./homologation.js";
import { finishFile, identifyLicenceFile, type IdentifiedFile } from "./licence-file.js";
import { headerSample, isCodeFile, reuseLicenceFiles, rootLicenceFiles, rootManifests, rootReadmeFiles } from "./locations.js";
import { parseManifest, type ManifestResult } from "./manifests.js";
import { headerStatements, readmeStatements } from "./statements.js";
import type { HomologationVerdict, LicenceAnalysis, LicenceDeclaration, LicenceFileMatch } from "./types.js";

export { licenceCandidatePaths } from "./locations.js";

interface FoundFile extends IdentifiedFile {
  origin: NonNullable<LicenceFileMatch["origin"]>;
}

export function analyseLicences(snapshot: RepoSnapshot, files: FileIndex): LicenceAnalysis {
  const orLater = new Set<string>();
  const declarations: LicenceDeclaration[] = [];
  const add = (tree: LicenceTree | null) => {
    for (const node of leaves(tree)) if (node.orLater && gnuFamily(node.id)) orLater.add(gnuFamily(node.id)!);
  };

  // Manifests, and the licence files they point to.
  const pointers: ManifestResult["pointers"] = [];
  for (const path of rootManifests(files)) {
    const text = readText(snapshot, path);
    if (text === undefined) continue;
    const result = parseManifest(path, text);
    for (const declaration of result.declarations) {
      const { tree, ...rest } = declaration;
      declarations.push(rest);
      add(tree);
    }
    pointers.push(...result.pointers);
  }
  const { pointed, missingPointers } = resolvePointers(pointers, files);

  // Licence files: at the root, named by a manifest, in LICENSES/.
  const found: FoundFile[] = [];
  const seen = new Set<string>();
  const read = (path: string, origin: FoundFile["origin"]) => {
    if (seen.has(path)) return;
    seen.add(path);
    const file = readLicenceFile(snapshot, path);
    const pointer = pointed.find((item) => item.path === path && item.tree);
    if (!file.tree && pointer?.tree && !file.match.proprietary) {
      // R's "MIT + file LICENSE": the file holds the copyright, the manifest the licence.
      file.tree = pointer.tree;
      file.match = { ...file.match, confidence: "declared" };
    }
    found.push({ ...file, origin });
  };
  for (const path of rootLicenceFiles(files)) read(path, "root");
  for (const { path } of pointed) read(path, "manifest");
  for (const path of reuseLicenceFiles(files)) read(path, "reuse");
  for (const file of found) for (const family of file.orLater) orLater.add(family);

  // Headers of a sample of source files, README licence sections, GitHub.
  const sample = headerSample(files);
  for (const path of sample) {
    const text = readText(snapshot, path);
    if (text === undefined) continue;
    const result = headerStatements(path, text);
    for (const { tree, ...statement } of result.statements) {
      declarations.push(statement);
      add(tree);
    }
    for (const family of result.orLater) orLater.add(family);
  }
  for (const path of rootReadmeFiles(files)) {
    const text = readText(snapshot, path);
    if (text === undefined) continue;
    const result = readmeStatements(path, text);
    for (const { tree: _tree, ...statement } of result.statements) declarations.push(statement);
    for (const family of result.orLater) orLater.add(family);
  }
  const github = snapshot.metadata.githubLicence;
  if (github) {
    const correction = github === "NOASSERTION" ? { tree: null } : correctLicence(github);
    declarations.push({ source: "github", path: "", raw: github, spdx: toSpdx(correction.tree) });
  }

  // A file naming a family without its version ("régi par la licence CeCILL"): the version another
  // declaration of the repository gives (publiccode.yml, a header), when one does.
  for (const file of found) if (!file.tree && file.match.unresolved?.length) resolveFamily(file, declarations);

  // The repository's licence: root (and manifest-named) files; the REUSE folder when there are none.
  const primary = found.filter((file) => file.origin !== "reuse");
  const basis = primary.length ? primary : found;
  const withOrLater = (tree: LicenceTree | null) =>
    tree ? mapLeaves(tree, (node) => (gnuFamily(node.id) && orLater.has(gnuFamily(node.id)!) && !node.only ? { ...node, orLater: true } : node)) : null;
  const joined = absorbGplIntoLgpl(combine("and", basis.flatMap((file) => (file.tree ? [file.tree] : []))));
  const tree = withOrLater(primary.length ? statedCombination(joined, declarations) : reuseCombination(joined, declarations));
  const expression = toSpdx(tree);

  const matches = found.map((file) => {
    const fileTree = withOrLater(file.tree);
    return { ...finishFile(file, fileTree), spdx: toSpdx(fileTree), origin: file.origin };
  });
  const unidentified = basis.filter((file) => !file.tree && !file.match.empty && !file.match.unreadable).map((file) => file.match.path);

  return {
    files: matches,
    expression,
    declarations,
    verdict: verdictOf(tree, basis),
    orLater: orLater.size > 0,
    unidentified,
    missingPointers,
    hasCode: files.own.some(isCodeFile),
    headerFilesRead: sample.length,
  };
}

function readLicenceFile(snapshot: RepoSnapshot, path: string): IdentifiedFile {
  const content = snapshot.content(path);
  if (content.state === "text") {
    const file = identifyLicenceFile(path, content.text ?? "");
    if (!file.tree && /^LICENSES\//i.test(path)) {
      // REUSE names each file by its SPDX id: trust the name when the text is one we do not know.
      const byName = correctLicence(basename(path).replace(/\.(txt|md)$/i, "")).tree;
      if (byName && !file.match.empty) return { ...file, tree: byName, match: { ...file.match, confidence: "declared" } };
    }
    return file;
  }
  const unreadable = content.state === "binary" || content.state === "too-large" ? content.state : "unreadable";
  return { match: { path, spdx: null, confidence: null, unreadable }, tree: null, orLater: new Set() };
}

function resolvePointers(pointers: ManifestResult["pointers"], files: FileIndex) {
  const pointed: { path: string; tree: LicenceTree | null }[] = [];
  const missingPointers: { manifest: string; target: string }[] = [];
  for (const pointer of pointers) {
    const target = pointer.target.replace(/^\.\//, "");
    const glob = /[*?[{]/.test(target) ? compileGlob(target) : undefined;
    const matches = glob
      ? files.all.filter((path) => glob(path))
      : [files.resolveCaseInsensitive(target)].filter((path): path is string => path !== undefined);
    if (matches.length === 0) missingPointers.push({ manifest: pointer.manifest, target: pointer.target });
    for (const path of matches.slice(0, 10)) pointed.push({ path, tree: pointer.tree });
  }
  return { pointed, missingPointers };
}

/** A manifest's glob; one picomatch cannot read matches nothing. */
function compileGlob(glob: string): (path: string) => boolean {
  try {
    return picomatch(glob, { nocase: true, dot: true });
  } catch {
    return () => false;
  }
}

/**
 * Several licence files are joined with AND, unless a declaration of the repository (a manifest, the
 * README, a notice) names exactly the same licences and says how they combine: Cargo's "MIT OR
 * Apache-2.0" beside LICENSE-MIT and LICENSE-APACHE is a choice, not two licences at once.
 */
function statedCombination(tree: LicenceTree | null, declarations: readonly LicenceDeclaration[]): LicenceTree | null {
  if (!tree || tree.kind !== "and") return tree;
  const ids = new Set(leaves(tree).map((node) => node.id));
  for (const declaration of declarations) {
    if (declaration.source === "github" || !declaration.spdx || !/ OR /.test(declaration.spdx)) continue;
    const stated = parseSpdx(declaration.spdx);
    const statedIds = new Set(leaves(stated ?? null).map((node) => node.id));
    if (stated && statedIds.size === ids.size && [...ids].every((id) => statedIds.has(id))) return stated;
  }
  return tree;
}

/**
 * A REUSE LICENSES/ folder holds the text of every licence used somewhere in the repository, not a
 * licence the whole project is under: what the files' SPDX headers say is the licence. Used when the
 * headers name only licences the folder holds; else every text counts (AND), as before.
 */
function reuseCombination(tree: LicenceTree | null, declarations: readonly LicenceDeclaration[]): LicenceTree | null {
  if (!tree) return tree;
  const held = new Set(leaves(tree).map((node) => node.id));
  const headers = declarations.filter((item) => item.source === "spdx-header" && item.spdx).map((item) => parseSpdx(item.spdx!)).filter((item): item is LicenceTree => item !== undefined);
  if (headers.length === 0 || !headers.every((header) => leaves(header).every((node) => held.has(node.id)))) return tree;
  return combine("and", headers) ?? tree;
}

/** A family named without a version takes the version a declaration gives it, when exactly one is given. */
function resolveFamily(file: FoundFile, declarations: readonly LicenceDeclaration[]): void {
  const families = file.match.unresolved ?? [];
  const stated = new Map<string, Extract<LicenceTree, { kind: "leaf" }>>();
  for (const declaration of declarations) {
    if (!declaration.spdx || declaration.source === "github") continue;
    for (const node of leaves(parseSpdx(declaration.spdx) ?? null)) {
      if (families.some((family) => new RegExp(`^${family}-\\d`, "i").test(node.id))) stated.set(node.id, node);
    }
  }
  if (stated.size !== 1) return;
  const [node] = stated.values();
  file.tree = node!;
  file.match = { ...file.match, confidence: "notice", parts: [{ spdx: node!.id, confidence: "notice" }], versionFrom: "declaration" };
  delete file.match.unresolved;
}

/** COPYING (GPL) beside COPYING.LESSER (LGPL): the LGPL builds on the GPL text, the licence is the LGPL. */
function absorbGplIntoLgpl(tree: LicenceTree | null): LicenceTree | null {
  if (!tree || tree.kind !== "and") return tree;
  const ids = new Set(leaves(tree).map((node) => node.id));
  const absorbed = new Set<string>();
  if (ids.has("LGPL-3.0")) absorbed.add("GPL-3.0");
  if (ids.has("LGPL-2.1") || ids.has("LGPL-2.0")) absorbed.add("GPL-2.0");
  if (absorbed.size === 0) return tree;
  return combine("and", tree.items.filter((item) => !(item.kind === "leaf" && absorbed.has(item.id))));
}

function verdictOf(tree: LicenceTree | null, files: readonly FoundFile[]): HomologationVerdict {
  if (files.length === 0) return { status: "none" };
  if (tree) {
    const expression = toSpdx(tree)!;
    const result = evaluate(tree);
    if (result.ok) return { status: "homologated", expression, dataOnly: result.dataOnly };
    const upgradeTo = upgradedExpression(tree, result.upgrades);
    return {
      status: "not-homologated",
      expression,
      reasons: result.failing,
      ...(upgradeTo ? { upgradeTo } : {}),
      ...(result.upgrades.length ? { upgrades: result.upgrades } : {}),
    };
  }
  if (files.some((file) => file.match.proprietary)) return { status: "not-homologated", expression: "NONE", reasons: ["NONE"] };
  const unversioned = [...new Set(files.flatMap((file) => file.match.unresolved ?? []))];
  if (unversioned.length) return { status: "unversioned", families: unversioned };
  const candidates = new Map<string, number>();
  for (const file of files) for (const candidate of file.match.candidates ?? []) candidates.set(candidate.spdx, Math.max(candidates.get(candidate.spdx) ?? 0, candidate.score));
  return { status: "unknown", candidates: [...candidates].map(([spdx, score]) => ({ spdx, score })).sort((a, b) => b.score - a.score).slice(0, 3) };
}

/** The expression once each failing licence moves to its listed successor; undefined unless all can without relicensing. */
function upgradedExpression(tree: LicenceTree, upgrades: readonly { from: string; to: string; basis: string }[]): string | undefined {
  if (upgrades.length === 0 || upgrades.some((upgrade) => upgrade.basis === "relicense")) return undefined;
  const failingIds = evaluate(tree).failing;
  if (!failingIds.every((id) => upgrades.some((upgrade) => upgrade.from === id))) return undefined;
  const moved = mapLeaves(tree, (node) => {
    const upgrade = upgrades.find((item) => item.from === leafId(node));
    return upgrade ? correctLicence(upgrade.to).tree ?? node : node;
  });
  return toSpdx(moved) ?? undefined;
}
