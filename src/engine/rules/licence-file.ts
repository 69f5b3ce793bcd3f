/**
 * licence-file: the licence text ships with the code. A licence file at the root (LICENSE, LICENCE,
 * COPYING… any spelling and suffix), a licence file a manifest names (license-files, license-file,
 * "SEE LICENSE IN"), or a REUSE LICENSES/ folder. A manifest declaring a licence without any such file
 * does not pass: the declaration names a licence, it does not give the text that grants the rights.
 */
import { declaredLicences } from "../../licence/homologation.js";
import { fail, pass } from "../outcome.js";
import type { Evidence, Rule } from "../types.js";


export const rule: Rule = {
  id: "licence-file",
  axis: "ouverture",
  defaultLevel: "required",
  check(context) {
    const analysis = context.licence();
    const files = analysis.files;
    const evidence: Evidence[] = files.map((file) => ({ path: file.path }));
    const root = files.filter((file) => file.origin === "root" || file.origin === "manifest");
    const usable = root.filter((file) => !file.empty);
    if (usable.length) {
      const named = usable.find((file) => file.origin === "manifest");
      if (named && !usable.some((file) => file.origin === "root")) return pass("licence-file.manifest-file", evidence, { path: named.path });
      return pass("licence-file.file", evidence, { path: usable[0]!.path, paths: usable.map((file) => file.path) });
    }
    const reuse = files.filter((file) => file.origin === "reuse" && !file.empty);
    if (reuse.length) return pass("licence-file.reuse", evidence, { paths: reuse.map((file) => file.path) });
    if (root.length) return fail("licence-file.empty", evidence, { path: root[0]!.path });
    const missing = analysis.missingPointers[0];
    if (missing) return fail("licence-file.missing-pointer", [{ path: missing.manifest }], { manifest: missing.manifest, target: missing.target });
    const declared = declaredLicences(analysis.declarations);
    if (declared.length) {
      return fail(
        "licence-file.declared-only",
        declared.map((item) => ({ path: item.path, ...(item.line ? { line: item.line } : {}) })),
        { spdx: declared[0]!.spdx!, paths: [...new Set(declared.map((item) => item.path))] },
      );
    }
    return fail("licence-file.missing");
  },
};
