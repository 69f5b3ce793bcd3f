/**
 * licence-consistent: manifests, publiccode.yml and GitHub's detected licence say the same as the
 * licence file. A declaration naming part of the file's licences is consistent (package.json saying
 * MIT when the repository is MIT AND etalab-2.0 for its data). GNU -only / -or-later differences are
 * not counted: a bare licence text cannot tell them apart. GitHub answering "other" (NOASSERTION) is
 * never held against the text: GitHub's detector does not know most French licences.
 */
import { coveredBy, parseSpdx } from "../../licence/expression.js";
import type { LicenceDeclaration } from "../../licence/types.js";
import { fail, pass, skip, warn } from "../outcome.js";
import type { Evidence, Rule } from "../types.js";

const COMPARED = new Set<LicenceDeclaration["source"]>(["package.json", "pyproject.toml", "setup.cfg", "setup.py", "DESCRIPTION", "composer.json", "Cargo.toml", "pom.xml", "publiccode.yml", "github"]);

export const rule: Rule = {
  id: "licence-consistent",
  axis: "ouverture",
  defaultLevel: "recommended",
  check(context) {
    const analysis = context.licence();
    if (!analysis.expression) return skip("licence-consistent.no-licence");
    const fileTree = parseSpdx(analysis.expression) ?? null;
    const declarations = analysis.declarations.filter((item) => COMPARED.has(item.source) && !(item.source === "github" && item.raw === "NOASSERTION"));
    if (declarations.length === 0) return skip("licence-consistent.no-declaration", [], { spdx: analysis.expression });

    const evidence: Evidence[] = [
      ...analysis.files.filter((file) => file.spdx).map((file) => ({ path: file.path })),
      ...declarations.filter((item) => item.path).map((item) => ({ path: item.path, ...(item.line ? { line: item.line } : {}) })),
    ];
    const label = (item: LicenceDeclaration) => (item.source === "github" ? "GitHub" : item.path);
    const mismatches: string[] = [];
    const unreadable: string[] = [];
    const corrected: string[] = [];
    for (const item of declarations) {
      if (!item.spdx) {
        unreadable.push(`${label(item)}: ${item.raw}`);
        continue;
      }
      if (!coveredBy(parseSpdx(item.spdx) ?? null, fileTree)) mismatches.push(`${label(item)}: ${item.spdx}`);
      else if (item.corrected) corrected.push(`${label(item)}: ${item.raw} → ${item.spdx}`);
    }
    if (mismatches.length) return fail("licence-consistent.mismatch", evidence, { spdx: analysis.expression, mismatches });
    if (unreadable.length) return warn("licence-consistent.unreadable", evidence, { spdx: analysis.expression, unreadable });
    if (corrected.length) return warn("licence-consistent.corrected", evidence, { spdx: analysis.expression, corrected });
    return pass("licence-consistent.consistent", evidence, { spdx: analysis.expression, sources: [...new Set(declarations.map(label))] });
  },
};
