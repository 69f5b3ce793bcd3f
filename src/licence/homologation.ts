/**
 * The State's list of licences (data/licences/homologated.json, with its legal reference) and the
 * evaluation of an SPDX expression against it: OR needs one listed branch, AND needs all. Licences
 * for data and documents (etalab-2.0, ODbL-1.0) are listed, and said to be so, because code under
 * them alone is a mistake worth a warning.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { leafId, leaves, type LicenceTree } from "./expression.js";
import { DATA_DIR } from "./references.js";
import type { LicenceDeclaration } from "./types.js";

export interface ListedLicence {
  spdx: string;
  name: string;
  kind: "permissive" | "reciprocal" | "data";
}

export interface Upgrade {
  from: string;
  to: string;
  /** or-later: the grant allows it; clause: the licence allows it; steward: its publisher says so; relicense: only the copyright holders can. */
  basis: "or-later" | "clause" | "steward" | "relicense";
  clause?: string;
}

export interface HomologatedList {
  legalReference: { article: string; decrees: { name: string; url?: string }[]; page: string };
  software: ListedLicence[];
  data: ListedLicence[];
  upgrades: Upgrade[];
}

let list: HomologatedList | undefined;

export function homologatedList(): HomologatedList {
  return (list ??= JSON.parse(readFileSync(join(DATA_DIR, "homologated.json"), "utf8")) as HomologatedList);
}

export function listedAs(spdx: string): "software" | "data" | undefined {
  const { software, data } = homologatedList();
  if (software.some((entry) => entry.spdx === spdx)) return "software";
  if (data.some((entry) => entry.spdx === spdx)) return "data";
  return undefined;
}

export interface Evaluation {
  ok: boolean;
  /** Satisfied only through data licences (etalab-2.0, ODbL-1.0). */
  dataOnly: boolean;
  /** Leaves that are not on the list (of the failing branches). */
  failing: string[];
  upgrades: Upgrade[];
}

export function evaluate(tree: LicenceTree): Evaluation {
  if (tree.kind === "leaf") {
    const spdx = leafId({ ...tree, exception: undefined });
    const listed = listedAs(spdx);
    if (listed) return { ok: true, dataOnly: listed === "data", failing: [], upgrades: [] };
    const upgrade = homologatedList().upgrades.find((entry) => entry.from === spdx);
    return { ok: false, dataOnly: false, failing: [leafId(tree)], upgrades: upgrade ? [upgrade] : [] };
  }
  const results = tree.items.map(evaluate);
  if (tree.kind === "or") {
    const passing = results.filter((result) => result.ok);
    if (passing.length) return { ok: true, dataOnly: passing.every((result) => result.dataOnly), failing: [], upgrades: [] };
    return { ok: false, dataOnly: false, failing: results.flatMap((result) => result.failing), upgrades: results.flatMap((result) => result.upgrades) };
  }
  const failing = results.filter((result) => !result.ok);
  if (failing.length === 0) return { ok: true, dataOnly: results.every((result) => result.dataOnly), failing: [], upgrades: [] };
  return { ok: false, dataOnly: false, failing: failing.flatMap((result) => result.failing), upgrades: failing.flatMap((result) => result.upgrades) };
}

/** Ids of the data licences in an expression, whether or not it passes. */
export function dataLicencesIn(tree: LicenceTree | null): string[] {
  return leaves(tree).map((node) => leafId(node)).filter((spdx) => listedAs(spdx) === "data");
}

/** Where a repository declares its licence (not headers, not GitHub's guess): for "declared without a licence file". */
const DECLARING_SOURCES = new Set(["package.json", "pyproject.toml", "setup.cfg", "setup.py", "DESCRIPTION", "composer.json", "Cargo.toml", "pom.xml", "publiccode.yml", "readme"]);

export function declaredLicences(declarations: readonly LicenceDeclaration[]): LicenceDeclaration[] {
  return declarations.filter((item) => DECLARING_SOURCES.has(item.source) && item.spdx);
}
