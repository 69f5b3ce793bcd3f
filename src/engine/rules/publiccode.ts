/**
 * publiccode: a publiccode.yml at the root, complete enough for the public code catalogue
 * (code.gouv.fr) to list the project. A file with problems is a warning that names each key and line;
 * no file at all is a failure.
 */
import { basename } from "../file-index.js";
import { fail, pass, warn } from "../outcome.js";
import { PUBLICCODE_NAME, rootPubliccode } from "../publiccode-file.js";
import type { Evidence, Rule } from "../types.js";
import { validatePubliccode, type PubliccodeProblem } from "./publiccode-schema.js";

export const rule: Rule = {
  id: "publiccode",
  axis: "ouverture",
  defaultLevel: "recommended",
  inputs: { reads: ["publiccode"] },
  check(context) {
    const file = rootPubliccode(context);
    if (!file) {
      const elsewhere = context.files.own.find((path) => path.includes("/") && PUBLICCODE_NAME.test(basename(path)));
      if (elsewhere) return fail("publiccode.misplaced", [{ path: elsewhere }], { path: elsewhere });
      return fail("publiccode.missing");
    }
    const { path } = file;
    if (file.state === "unreadable") return warn("publiccode.unreadable", [{ path }], { path });
    if (file.state === "syntax-error") return warn("publiccode.syntax", [{ path, line: file.line }], { path, line: file.line, error: file.error });
    if (file.value === null || typeof file.value !== "object" || Array.isArray(file.value)) {
      return warn("publiccode.not-mapping", [{ path, line: 1 }], { path });
    }
    const problems = validatePubliccode(file.value);
    if (problems.length === 0) {
      // The catalogue's crawlers look for this exact name.
      return path === "publiccode.yml" ? pass("publiccode.valid", [{ path }], { path }) : warn("publiccode.wrong-name", [{ path }], { path });
    }
    const evidence: Evidence[] = problems.map((problem) => {
      const line = file.lineOf(problem.keys);
      return line === undefined ? { path } : { path, line };
    });
    const of = (kind: PubliccodeProblem["kind"]) => problems.filter((p) => p.kind === kind);
    const keys = (list: PubliccodeProblem[]) => list.map((p) => p.keys.join("."));
    // Line numbers travel as a parallel list so that the message modules word "line" in their language.
    const lines = (list: PubliccodeProblem[]) => list.map((p) => String(file.lineOf(p.keys) ?? ""));
    return warn("publiccode.invalid", evidence, {
      path,
      missing: keys(of("missing")),
      missingLines: lines(of("missing")),
      invalid: keys(of("invalid")),
      invalidLines: lines(of("invalid")),
    });
  },
};
