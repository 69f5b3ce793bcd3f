import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.js";
import { memorySnapshot, type RepoMetadata } from "../../src/engine/snapshot.js";
import { spdxText } from "../licence/texts.js";

const check = (files: Record<string, string>, metadata: Partial<RepoMetadata> = {}) => audit(memorySnapshot(files, metadata)).findings.find((f) => f.rule === "licence-consistent")!;
const MIT = { LICENSE: spdxText("MIT") };

describe("licence-consistent", () => {
  it.each([
    ["a matching package.json", { ...MIT, "package.json": '{"license":"MIT"}' }, {}, "pass", "licence-consistent.consistent"],
    ["a manifest naming part of the licences", { ...MIT, "LICENSE-DATA": spdxText("etalab-2.0"), "publiccode.yml": "legal:\n  license: MIT\n" }, {}, "pass", "licence-consistent.consistent"],
    ["GNU -only against -or-later", { COPYING: spdxText("GPL-3.0-only"), "package.json": '{"license":"GPL-3.0-or-later"}' }, {}, "pass", "licence-consistent.consistent"],
    ["GitHub saying other", { LICENSE: spdxText("CECILL-B"), "package.json": '{"license":"CECILL-B"}' }, { githubLicence: "NOASSERTION" }, "pass", "licence-consistent.consistent"],
    ["a sloppy but right declaration", { ...MIT, "package.json": '{"license":"mit-licence"}' }, {}, "warn", "licence-consistent.corrected"],
    ["a declaration that is not a licence id", { ...MIT, "setup.py": 'setup(license="BSD")' }, {}, "warn", "licence-consistent.unreadable"],
    ["a different licence in publiccode.yml", { ...MIT, "publiccode.yml": "legal:\n  license: AGPL-3.0-or-later\n" }, {}, "fail", "licence-consistent.mismatch"],
    ["GitHub seeing another licence", { ...MIT }, { githubLicence: "Apache-2.0" }, "fail", "licence-consistent.mismatch"],
    ["no declaration", { ...MIT }, {}, "skip", "licence-consistent.no-declaration"],
    ["no licence", { "package.json": '{"license":"MIT"}' }, {}, "skip", "licence-consistent.no-licence"],
  ])("%s", (_, files, metadata, status, key) => {
    expect(check(files, metadata)).toMatchObject({ status, message: { key } });
  });

  it("names each disagreeing source", () => {
    const finding = check({ ...MIT, "package.json": '{\n  "license": "GPL-3.0-only"\n}', "publiccode.yml": "legal:\n  license: MIT\n" });
    expect(finding.message.params).toMatchObject({ spdx: "MIT", mismatches: ["package.json: GPL-3.0-only"] });
    expect(finding.evidence).toContainEqual({ path: "package.json", line: 2 });
  });
});
