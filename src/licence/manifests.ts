/**
 * Licences declared in manifests, each made an SPDX expression (see `correctLicence`). JSON, YAML and
 * TOML go through real parsers; setup.cfg, setup.py, DESCRIPTION and pom.xml through small targeted
 * patterns, because only one or two fields are needed and a full parser for each (an INI dialect,
 * Python, Debian control, XML) would be a dependency for a single line. A malformed manifest gives no
 * declaration, never an error.
 */
import { createRequire } from "node:module";
import { parseToml } from "../engine/lazy-parsers.js";
import type { LicenceDeclaration } from "./types.js";
import { combine, correctLicence, toSpdx, type LicenceTree } from "./expression.js";
import { findNames, flatten } from "./names.js";
import { identifyText } from "./match.js";
import { leaf } from "./expression.js";

const require = createRequire(import.meta.url);

/** yaml is CommonJS: required on first use (a publiccode.yml), not loaded by every audit. */
function loadYaml(): typeof import("yaml") {
  return require("yaml") as typeof import("yaml");
}

export interface ManifestDeclaration extends LicenceDeclaration {
  tree: LicenceTree | null;
}

export interface ManifestResult {
  declarations: ManifestDeclaration[];
  /** Licence files a manifest points to (license-files, license = {file}, license-file, SEE LICENSE IN). */
  pointers: { manifest: string; target: string; tree: LicenceTree | null }[];
}

type Source = LicenceDeclaration["source"];

export function parseManifest(path: string, text: string): ManifestResult {
  const result: ManifestResult = { declarations: [], pointers: [] };
  const name = path.split("/").pop()!.toLowerCase();
  try {
    if (name === "package.json") packageJson(path, text, result);
    else if (name === "composer.json") composerJson(path, text, result);
    else if (name === "pyproject.toml") pyproject(path, text, result);
    else if (name === "cargo.toml") cargo(path, text, result);
    else if (name === "setup.cfg") setupCfg(path, text, result);
    else if (name === "setup.py") setupPy(path, text, result);
    else if (name === "description") description(path, text, result);
    else if (name === "pom.xml") pom(path, text, result);
    else if (name === "publiccode.yml" || name === "publiccode.yaml") publiccode(path, text, result);
  } catch {
    // Malformed manifest: nothing declared.
  }
  return result;
}

function declare(result: ManifestResult, source: Source, path: string, text: string, raw: string, key: string, join: "and" | "or" = "or", parts?: readonly string[]): void {
  const pieces = parts ?? [raw];
  const trees: LicenceTree[] = [];
  let corrected = false;
  let failed = false;
  for (const piece of pieces) {
    const correction = correctLicence(piece);
    if (correction.pointsTo) {
      result.pointers.push({ manifest: path, target: correction.pointsTo, tree: null });
      return;
    }
    corrected ||= correction.corrected;
    if (correction.tree) trees.push(correction.tree);
    else failed = true;
  }
  const tree = failed ? null : combine(join, trees);
  const line = lineOf(text, key);
  result.declarations.push({ source, path, raw, spdx: toSpdx(tree), tree, ...(line ? { line } : {}), ...(corrected && tree ? { corrected: true } : {}) });
}

/** The first line mentioning the key, for evidence. */
function lineOf(text: string, key: string): number | undefined {
  const at = text.search(new RegExp(`(^|[\\s"'{,<])${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "im"));
  return at === -1 ? undefined : text.slice(0, at + 1).split("\n").length;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function packageJson(path: string, text: string, result: ManifestResult): void {
  const json = asRecord(JSON.parse(text));
  if (!json) return;
  const licence = json.license ?? json.licence;
  if (typeof licence === "string") declare(result, "package.json", path, text, licence, "license");
  else if (asRecord(licence) && typeof asRecord(licence)!.type === "string") declare(result, "package.json", path, text, asRecord(licence)!.type as string, "license");
  else if (Array.isArray(json.licenses)) {
    // The old `licenses` array lists alternatives.
    const types = json.licenses.map((entry) => (typeof entry === "string" ? entry : asRecord(entry)?.type)).filter((type): type is string => typeof type === "string");
    if (types.length) declare(result, "package.json", path, text, types.join(" OR "), "licenses", "or", types);
  }
}

function composerJson(path: string, text: string, result: ManifestResult): void {
  const json = asRecord(JSON.parse(text));
  const licence = json?.license;
  // Composer: an array means the user may choose.
  if (typeof licence === "string") declare(result, "composer.json", path, text, licence, "license");
  else if (Array.isArray(licence)) {
    const items = licence.filter((item): item is string => typeof item === "string");
    if (items.length) declare(result, "composer.json", path, text, items.join(" OR "), "license", "or", items);
  }
}

function pyproject(path: string, text: string, result: ManifestResult): void {
  const toml = parseToml(text) as Record<string, unknown>;
  const project = asRecord(toml.project);
  const poetry = asRecord(asRecord(asRecord(toml.tool)?.poetry));
  const licence = project?.license ?? poetry?.license;
  if (typeof licence === "string") declare(result, "pyproject.toml", path, text, licence, "license");
  else if (asRecord(licence)) {
    const table = asRecord(licence)!;
    if (typeof table.file === "string") result.pointers.push({ manifest: path, target: table.file, tree: null });
    if (typeof table.text === "string") declareText(result, "pyproject.toml", path, text, table.text);
  }
  const files = project?.["license-files"];
  for (const glob of Array.isArray(files) ? files : asRecord(files) && Array.isArray(asRecord(files)!.paths) ? (asRecord(files)!.paths as unknown[]) : []) {
    if (typeof glob === "string") result.pointers.push({ manifest: path, target: glob, tree: null });
  }
  const classifiers = Array.isArray(project?.classifiers) ? project.classifiers : Array.isArray(poetry?.classifiers) ? poetry.classifiers : [];
  classifierDeclarations(result, "pyproject.toml", path, text, classifiers.filter((item): item is string => typeof item === "string"));
}

/** `license = {text = "..."}` holds a name or, sometimes, a whole licence text. */
function declareText(result: ManifestResult, source: Source, path: string, text: string, value: string): void {
  if (value.length < 200) {
    declare(result, source, path, text, value, "license");
    return;
  }
  const identified = identifyText(value);
  const tree = combine("and", identified.matches.map((match) => leaf(match.id)));
  const line = lineOf(text, "license");
  result.declarations.push({ source, path, raw: value.slice(0, 80), spdx: toSpdx(tree), tree, ...(line ? { line } : {}) });
}

/** Trove classifiers: "License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)". */
function classifierDeclarations(result: ManifestResult, source: Source, path: string, text: string, classifiers: readonly string[]): void {
  const licences = classifiers.filter((item) => /^\s*License\s*::/i.test(item));
  const trees: LicenceTree[] = [];
  for (const classifier of licences) {
    const name = classifier.split("::").pop()!.trim();
    const hits = findNames(flatten(name)).filter((hit) => hit.id);
    const correction = hits.length === 1 ? { tree: leaf(hits[0]!.id!, hits[0]!) } : correctLicence(name.replace(/^.*\((.+)\)\s*$/, "$1"));
    if (correction.tree) trees.push(correction.tree);
  }
  if (licences.length === 0) return;
  // Several licence classifiers are alternatives, as PyPI reads them.
  const tree = trees.length === licences.length ? combine("or", trees) : null;
  const line = lineOf(text, "License ::");
  result.declarations.push({ source, path, raw: licences.join("; "), spdx: toSpdx(tree), tree, corrected: tree !== null, ...(line ? { line } : {}) });
}

function cargo(path: string, text: string, result: ManifestResult): void {
  const toml = parseToml(text) as Record<string, unknown>;
  const pkg = asRecord(toml.package);
  if (typeof pkg?.license === "string") declare(result, "Cargo.toml", path, text, pkg.license, "license");
  if (typeof pkg?.["license-file"] === "string") result.pointers.push({ manifest: path, target: pkg["license-file"] as string, tree: null });
}

/** setup.cfg: the [metadata] section's license, license_files and classifiers (an INI dialect with indented continuation lines). */
function setupCfg(path: string, text: string, result: ManifestResult): void {
  const metadata = /^\[metadata\][^\n]*\n([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text)?.[1];
  if (!metadata) return;
  const fields = new Map<string, string>();
  let current: string | undefined;
  for (const line of metadata.split("\n")) {
    const field = /^([\w-]+)\s*[=:]\s*(.*)$/.exec(line);
    if (field) {
      current = field[1]!.toLowerCase().replace(/-/g, "_");
      fields.set(current, field[2]!.trim());
    } else if (current && /^\s+\S/.test(line)) fields.set(current, `${fields.get(current)}\n${line.trim()}`);
    else if (line.trim() === "") current = undefined;
  }
  const licence = fields.get("license")?.trim();
  if (licence && !licence.includes("\n")) declare(result, "setup.cfg", path, text, licence, "license");
  for (const file of (fields.get("license_files") ?? fields.get("license_file") ?? "").split(/[\n,]/).map((item) => item.trim()).filter(Boolean)) {
    result.pointers.push({ manifest: path, target: file, tree: null });
  }
  const classifiers = (fields.get("classifiers") ?? "").split("\n").map((item) => item.trim()).filter(Boolean);
  classifierDeclarations(result, "setup.cfg", path, text, classifiers);
}

/** setup.py is a program: only the literal `license="..."` and classifier strings are read. */
function setupPy(path: string, text: string, result: ManifestResult): void {
  const licence = /\blicen[cs]e\s*=\s*(['"])([^'"\n]{1,200})\1/.exec(text);
  if (licence) declare(result, "setup.py", path, text, licence[2]!, "license");
  const classifiers = [...text.matchAll(/(['"])(License\s*::[^'"\n]+)\1/g)].map((match) => match[2]!);
  classifierDeclarations(result, "setup.py", path, text, classifiers);
}

/** R's DESCRIPTION: "License: GPL (>= 2) | MIT + file LICENSE"; "|" separates alternatives. */
function description(path: string, text: string, result: ManifestResult): void {
  const field = /^License:\s*(.*(?:\n[ \t]+.*)*)/m.exec(text);
  if (!field) return;
  const raw = field[1]!.replace(/\s+/g, " ").trim();
  const alternatives = raw.split("|").map((item) => item.trim()).filter(Boolean);
  const names: string[] = [];
  for (const alternative of alternatives) {
    const file = /\+\s*file\s+(\S+)/i.exec(alternative) ?? /^file\s+(\S+)$/i.exec(alternative);
    if (file) result.pointers.push({ manifest: path, target: file[1]!, tree: null });
    const name = alternative.replace(/\+?\s*file\s+\S+/i, "").trim();
    if (name) names.push(name);
  }
  if (names.length) declare(result, "DESCRIPTION", path, text, raw, "License", "or", names);
  // The pointed file holds the copyright of "MIT + file LICENSE": the licence is the declared one.
  const declared = result.declarations[result.declarations.length - 1];
  for (const pointer of result.pointers) if (pointer.manifest === path) pointer.tree = declared?.tree ?? null;
}

/** pom.xml: the names of <licenses><license>; Maven reads several as a choice. */
function pom(path: string, text: string, result: ManifestResult): void {
  const block = /<licenses>([\s\S]*?)<\/licenses>/.exec(text)?.[1];
  if (!block) return;
  const names = [...block.matchAll(/<license>[\s\S]*?<name>\s*([^<]+?)\s*<\/name>[\s\S]*?<\/license>/g)].map((match) => match[1]!);
  if (names.length) declare(result, "pom.xml", path, text, names.join(" OR "), "<licenses>", "or", names);
}

function publiccode(path: string, text: string, result: ManifestResult): void {
  const yaml = asRecord(loadYaml().parse(text));
  const licence = asRecord(yaml?.legal)?.license;
  if (typeof licence === "string") declare(result, "publiccode.yml", path, text, licence, "license");
}
