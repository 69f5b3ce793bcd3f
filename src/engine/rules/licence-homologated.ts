/**
 * licence-homologated: the licence is on the State's list (data/licences/homologated.json: décret
 * 2017-638 and décret 2021-1559). OR needs one listed branch, AND all of them. Older versions fail,
 * saying whether the licence itself lets the project move to a listed version. A licence recognised
 * only from a short notice or from the title of a text that is not the official one passes with a
 * warning (the full text should ship), and so does code covered only by a data licence (etalab-2.0,
 * ODbL-1.0). Without a licence file the rule is skipped (licence-file fails for it), unless the
 * licence a manifest declares is itself not on the list.
 */
import { declaredLicences, evaluate } from "../../licence/homologation.js";
import { parseSpdx, toSpdx } from "../../licence/expression.js";
import type { LicenceAnalysis } from "../../licence/types.js";
import { fail, pass, skip, warn } from "../outcome.js";
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
      case "unversioned":
        return fail("licence-homologated.unversioned", evidence, { paths, families: verdict.families });
      case "not-homologated": {
        if (verdict.reasons.includes("NONE")) {
          const reservation = analysis.files.find((file) => file.reservation)?.reservation ?? "";
          return fail("licence-homologated.proprietary", evidence, { paths, reservation });
        }
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
        const paraphrase = analysis.files.find((file) => file.paraphrase);
        if (paraphrase) return warn("licence-homologated.paraphrase", evidence, { spdx: verdict.expression, path: paraphrase.path });
        const notices = analysis.files.filter((file) => file.confidence === "notice").map((file) => file.path);
        if (notices.length) return warn("licence-homologated.notice-only", evidence, { spdx: verdict.expression, paths: notices });
        if (analysis.unidentified.length) return warn("licence-homologated.with-unidentified", evidence, { spdx: verdict.expression, unidentified: analysis.unidentified });
        // Wording that drifts from the reference without restricting anything is another edition of the same licence.
        if (modified) return pass("licence-homologated.variant", evidence, { spdx: verdict.expression, path: modified.path, words: modified.modified!.addedWords });
        const bundled = [...new Set(analysis.files.flatMap((file) => file.bundled ?? []))];
        if (bundled.length) return pass("licence-homologated.homologated-bundled", evidence, { spdx: verdict.expression, paths, bundled });
        const tree = parseSpdx(verdict.expression);
        if (tree?.kind === "or") {
          const listed = tree.items.filter((item) => evaluate(item).ok).map((item) => toSpdx(item)!);
          if (listed.length < tree.items.length) return pass("licence-homologated.choice", evidence, { spdx: verdict.expression, paths, listed });
        }
        return pass("licence-homologated.homologated", evidence, { spdx: verdict.expression, paths });
      }
    }
  },
};

/**
 * No licence file: that is licence-file's failure, not a second one here (one cause, one failure).
 * Skipped, saying what the manifests or README declare; a declared licence that is not on the list
 * is a cause of its own and fails.
 */
function withoutFile(analysis: LicenceAnalysis): Outcome {
  const declared = declaredLicences(analysis.declarations);
  const first = declared[0];
  if (!first) return skip("licence-homologated.missing");
  const tree = parseSpdx(first.spdx!);
  const listed = tree ? evaluate(tree).ok : false;
  const evidence = declared.map((item) => ({ path: item.path, ...(item.line ? { line: item.line } : {}) }));
  if (listed) return skip("licence-homologated.declared-only", evidence, { spdx: first.spdx!, path: first.path });
  return fail("licence-homologated.declared-only-not-listed", evidence, { spdx: first.spdx!, path: first.path });
}
