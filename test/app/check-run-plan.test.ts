import { describe, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/defaults.js";
import { summarise } from "../../src/engine/audit.js";
import type { Finding, Level, Report, RuleId, Status } from "../../src/engine/types.js";
import { planCheckRun, planUnreadable, type CheckRunPlanInput } from "../../src/app/check-run-plan.js";

type Row = [RuleId, Level, Status, string?];

/** A report from rows of (rule, level, status, evidence path). */
function report(rows: Row[]): Report {
  const findings: Finding[] = rows.map(([rule, level, status, path]) => ({ rule, axis: "transmission", level, status, evidence: path ? [{ path }] : [], message: { key: `${rule}.x` } }));
  return { schemaVersion: 1, repository: "eig/outil", commit: null, auditedAt: "", licence: { spdx: null, files: [], homologated: null }, findings, summary: summarise(findings), configProblems: [] };
}

function input(base: Row[], head: Row[], options: Partial<CheckRunPlanInput> = {}): CheckRunPlanInput {
  return { base: report(base), head: report(head), baseRef: "main", headFiles: new Set(["README.md", "INSTALL.md"]), baseFiles: new Set(["README.md", "LICENSE"]), settings: DEFAULT_CONFIG.checks, ...options };
}

describe("what the pull request changes", () => {
  test.each([
    ["a new file fixes a rule", [["install-docs", "required", "fail"]], [["install-docs", "required", "pass", "INSTALL.md"]], [{ kind: "fixed", rule: "install-docs", path: "INSTALL.md", file: "added" }]],
    ["an edited file fixes a rule", [["install-docs", "required", "fail"]], [["install-docs", "required", "pass", "README.md"]], [{ kind: "fixed", path: "README.md", file: "modified" }]],
    ["a failure turned into a warning is a fix (a warned item is met)", [["readme", "required", "fail", "README.md"]], [["readme", "required", "warn", "README.md"]], [{ kind: "fixed", rule: "readme" }]],
    ["a warning resolved is no change: both are met", [["readme", "required", "warn", "README.md"]], [["readme", "required", "pass", "README.md"]], []],
    ["a deleted file breaks a rule", [["licence-file", "required", "pass", "LICENSE"]], [["licence-file", "required", "fail"]], [{ kind: "broken", rule: "licence-file", path: "LICENSE", file: "removed" }]],
    ["an edited file breaks a rule", [["readme", "required", "pass", "README.md"]], [["readme", "required", "fail", "README.md"]], [{ kind: "broken", path: "README.md", file: "modified" }]],
    ["still missing is no change", [["roadmap", "recommended", "fail"]], [["roadmap", "recommended", "fail"]], []],
    ["turned off by the head's configuration is no change", [["roadmap", "recommended", "pass", "ROADMAP.md"]], [["roadmap", "off", "skip"]], []],
    ["skipped on one side is no change", [["repository-public", "required", "skip"]], [["repository-public", "required", "pass"]], []],
    ["a rule made required by the head is not a regression", [["roadmap", "off", "skip"]], [["roadmap", "required", "fail"]], []],
  ] as [string, Row[], Row[], object[]][])("%s", (_name, base, head, changes) => {
    const plan = planCheckRun(input(base, head));
    expect(plan.kind === "audited" && plan.changes).toEqual(changes.map((change) => expect.objectContaining(change)));
  });

  test("without the base's file list, a fix names its file but not how it changed", () => {
    const plan = planCheckRun(input([["install-docs", "required", "fail"]], [["install-docs", "required", "pass", "INSTALL.md"]], { baseFiles: undefined }));
    expect(plan.kind === "audited" && plan.changes[0]).toEqual({ kind: "fixed", rule: "install-docs", level: "required", path: "INSTALL.md", file: undefined });
  });

  test("regressions come first, required before recommended", () => {
    const plan = planCheckRun(
      input(
        [["roadmap", "recommended", "fail"], ["changelog", "recommended", "pass", "LICENSE"], ["install-docs", "required", "fail"], ["licence-file", "required", "pass", "LICENSE"]],
        [["roadmap", "recommended", "pass", "INSTALL.md"], ["changelog", "recommended", "fail"], ["install-docs", "required", "pass", "INSTALL.md"], ["licence-file", "required", "fail"]],
      ),
    );
    expect(plan.kind === "audited" && plan.changes.map((change) => `${change.kind} ${change.rule}`)).toEqual(["broken licence-file", "broken changelog", "fixed install-docs", "fixed roadmap"]);
  });
});

describe("conclusion, title and what is missing", () => {
  test.each([
    ["every required document there", "pass", DEFAULT_CONFIG.checks, "success"],
    ["a required document missing, advisory", "fail", DEFAULT_CONFIG.checks, "neutral"],
    ["a required document missing, blocking", "fail", { enabled: true, conclusion: "failure" }, "failure"],
  ] as const)("%s", (_name, status, settings, conclusion) => {
    const plan = planCheckRun(input([], [["licence-file", "required", status, "LICENSE"], ["readme", "required", "pass", "README.md"], ["roadmap", "recommended", "fail"]], { settings }));
    expect(plan).toMatchObject({ kind: "audited", conclusion, required: { pass: status === "pass" ? 2 : 1, total: 2 } });
  });

  test("missing lists what needs work, required first, never what is off", () => {
    const plan = planCheckRun(input([], [["roadmap", "recommended", "fail"], ["changelog", "off", "skip"], ["readme", "required", "fail"], ["install-docs", "required", "warn"], ["licence-file", "required", "pass"]]));
    expect(plan.kind === "audited" && plan.missing.map((finding) => finding.rule)).toEqual(["readme", "roadmap"]);
  });

  test.each([
    ["private-fork", "failure", "neutral"],
    ["fork-deleted", "failure", "neutral"],
    ["error", "neutral", "neutral"],
    ["error", "failure", "failure"],
  ] as const)("unreadable head (%s) with conclusion %s: %s", (reason, configured, conclusion) => {
    expect(planUnreadable(reason, { enabled: true, conclusion: configured })).toMatchObject({ kind: "unreadable", reason, conclusion });
  });
});
