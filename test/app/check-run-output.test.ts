import { describe, expect, test } from "vitest";
import { renderCheckRun, SUMMARY_LIMIT } from "../../src/app/check-run-output.js";
import type { CheckRunPlan } from "../../src/app/check-run-plan.js";
import type { Finding } from "../../src/engine/types.js";

function audited(overrides: Partial<Extract<CheckRunPlan, { kind: "audited" }>> = {}): CheckRunPlan {
  return { kind: "audited", conclusion: "neutral", required: { pass: 4, total: 5 }, baseRef: "main", changes: [], missing: [], configProblems: [], truncated: false, ...overrides };
}

const missing = (count: number): Finding[] =>
  Array.from({ length: count }, () => ({ rule: "roadmap", axis: "transmission", level: "recommended", status: "fail", evidence: [], message: { key: "roadmap.missing" } }) as Finding);

describe("the check run's words", () => {
  test("title: required documents met, in the repository's language", () => {
    expect(renderCheckRun(audited(), "fr").title).toBe("4/5 documents obligatoires");
    expect(renderCheckRun(audited(), "en").title).toBe("4/5 required documents");
  });

  test("repository-controlled names are escaped: no mention, no markup", () => {
    const plan = audited({ baseRef: "@équipe/*main*", changes: [{ kind: "broken", rule: "licence-file", level: "required", path: "LICENSE`@alice", file: "removed" }] });
    const { summary } = renderCheckRun(plan, "fr");
    expect(summary).toContain("par rapport à `@équipe/*main*`");
    expect(summary).toContain("- supprime ``LICENSE`@alice`` — Fichier de licence\u00a0: régression");
    expect(summary).not.toMatch(/(^|[^`])@alice/);
  });

  test("no change and nothing missing say so", () => {
    const { summary } = renderCheckRun(audited({ conclusion: "success", required: { pass: 5, total: 5 } }), "en");
    expect(summary).toContain("No change to the handover documents.");
    expect(summary).toContain("Every required handover document is present.");
    expect(summary).toContain("/relais recheck");
  });

  test("a summary that would pass GitHub's 65,535 characters is cut, saying how much", () => {
    const { summary } = renderCheckRun(audited({ missing: missing(2_000) }), "fr");
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    const kept = summary.split("\n").filter((line) => line.startsWith("- **Feuille de route**")).length;
    expect(kept).toBeGreaterThan(100);
    expect(summary).toContain(`- … et ${2_000 - kept} autre(s)`);
    expect(summary.trimEnd().endsWith("sur la pull request.")).toBe(true);
  });

  test("an unreadable private fork is explained", () => {
    const output = renderCheckRun({ kind: "unreadable", conclusion: "neutral", reason: "private-fork", headRepository: "dev/outil" }, "en");
    expect(output.title).toBe("Pull request content unreadable");
    expect(output.summary).toContain("private fork (`dev/outil`)");
  });
});
