/**
 * licence-homologated: the licence is on the State's list (data/licences/homologated.json: décret
 * 2017-638 and décret 2021-1559). OR needs one listed branch, AND all of them. Older versions fail,
 * saying whether the licence itself lets the project move to a listed version. A licence recognised
 * only from a short notice passes with a warning (the full text should ship), and so does code
 * covered only by a data licence (etalab-2.0, ODbL-1.0). Without a licence file, a licence declared
 * in a manifest is reported but does not pass: the repository does not carry a licence text.
 */
import { declaredLicences, evaluate } from "../../licence/homologation.js";
import { parseSpdx } from "../../licence/expression.js";
import type { LicenceAnalysis } from "../../licence/types.js";
import { fail, pass, warn } from "../outcome.js";
import { hasSoftware } from "../software.js";
import type { Evidence, Outcome, Rule } from "../types.js";


export const rule: Rule = {
  id: "licence-homologated",
  axis: "ouverture",
  defaultLevel: "required",
  check(context) {
    const analysis = context.licence();
    const evidence: Evidence[] = analysis.files.filter((file) => file.origin !== "reuse" || analysis.files.every((f) => f.origin === "reuse")).map((file) => ({ path: file.path }));
    const paths = evidence.map((item) => item.path);
    const verdict = analysis.verdict;
    switch (verdict.status) {
      case "none":
        return withoutFile(analysis);
      case "unknown": {
        const params = { paths, candidates: verdict.candidates.map((c) => c.spdx), scores: verdict.candidates.map((c) => `${Math.round(c.score * 100)} %`) };
        return fail(verdict.candidates.length ? "licence-homologated.unknown" : "licence-homologated.unknown-no-candidate", evidence, params);
      }
      case "not-homologated": {
        if (verdict.reasons.includes("NONE")) return fail("licence-homologated.proprietary", evidence, { paths });
        const upgrade = verdict.upgrades?.find((item) => item.basis !== "relicense") ?? verdict.upgrades?.[0];
        if (upgrade) {
          return fail(`licence-homologated.upgradable-${upgrade.basis}`, evidence, {
            spdx: verdict.expression, failing: verdict.reasons, from: upgrade.from, to: upgrade.to, clause: upgrade.clause ?? "", upgradeTo: verdict.upgradeTo ?? "",
          });
        }
        return fail("licence-homologated.not-homologated", evidence, { spdx: verdict.expression, failing: verdict.reasons });
      }
      case "homologated": {
        if (verdict.dataOnly && hasSoftware(context)) return warn("licence-homologated.data-licence-on-code", evidence, { spdx: verdict.expression });
        const modified = analysis.files.find((file) => file.modified);
        if (modified?.modified?.restrictive) return warn("licence-homologated.modified", evidence, { spdx: verdict.expression, path: modified.path, words: modified.modified.addedWords });
        const notices = analysis.files.filter((file) => file.confidence === "notice").map((file) => file.path);
        if (notices.length) return warn("licence-homologated.notice-only", evidence, { spdx: verdict.expression, paths: notices });
        if (analysis.unidentified.length) return warn("licence-homologated.with-unidentified", evidence, { spdx: verdict.expression, unidentified: analysis.unidentified });
        // Wording that drifts from the reference without restricting anything is another edition of the same licence.
        if (modified) return pass("licence-homologated.variant", evidence, { spdx: verdict.expression, path: modified.path, words: modified.modified!.addedWords });
        return pass("licence-homologated.homologated", evidence, { spdx: verdict.expression, paths });
      }
    }
  },
};

/** No licence file: say what the manifests declare, and whether that licence would be listed. */
function withoutFile(analysis: LicenceAnalysis): Outcome {
  const declared = declaredLicences(analysis.declarations);
  const first = declared[0];
  if (!first) return fail("licence-homologated.missing");
  const tree = parseSpdx(first.spdx!);
  const listed = tree ? evaluate(tree).ok : false;
  const evidence = declared.map((item) => ({ path: item.path, ...(item.line ? { line: item.line } : {}) }));
  return fail(listed ? "licence-homologated.declared-only" : "licence-homologated.declared-only-not-listed", evidence, { spdx: first.spdx!, path: first.path });
}
