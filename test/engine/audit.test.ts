import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.js";
import { RULES } from "../../src/engine/registry.js";
import { memorySnapshot } from "../../src/engine/snapshot.js";
import { RULE_IDS } from "../../src/engine/types.js";
import { mergeWithDefaults } from "../../src/config/parse.js";

describe("audit", () => {
  it("runs every rule of the catalogue once, in registry order", () => {
    const report = audit(memorySnapshot({ "README.md": "# x\n" }));
    expect(report.findings.map((f) => f.rule)).toEqual(RULES.map((r) => r.id));
    expect([...RULE_IDS].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it("stamps the report with the time it is given and the snapshot's commit", () => {
    const report = audit(memorySnapshot({}, { headCommit: "abc123" }), { now: new Date("2026-01-02T03:04:05Z") });
    expect(report.auditedAt).toBe("2026-01-02T03:04:05.000Z");
    expect(report.commit).toBe("abc123");
    expect(report.schemaVersion).toBe(1);
  });

  it("applies configured levels: off skips the rule, required makes it fail the audit", () => {
    const snapshot = memorySnapshot({ "README.md": "# x\n" });
    const config = mergeWithDefaults({ rules: { contributing: "required", changelog: "off" } });
    const report = audit(snapshot, { config });
    const contributing = report.findings.find((f) => f.rule === "contributing")!;
    const changelog = report.findings.find((f) => f.rule === "changelog")!;
    expect(contributing).toMatchObject({ level: "required", status: "fail" });
    expect(changelog).toMatchObject({ level: "off", status: "skip", message: { key: "common.off" } });
    expect(report.summary.ok).toBe(false);
  });

  it("turns a rule that throws into a skipped finding instead of crashing", () => {
    const snapshot = memorySnapshot({ "README.md": "# x\n" });
    const broken = { ...snapshot, content: () => { throw new Error("disk on fire"); } };
    const report = audit(broken);
    expect(report.findings.length).toBe(RULES.length);
    expect(report.findings.find((f) => f.rule === "contributing")).toMatchObject({ status: "skip", message: { key: "common.internal-error", params: { error: "disk on fire" } } });
  });
});
