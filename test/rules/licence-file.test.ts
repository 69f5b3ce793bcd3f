import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.js";
import { memorySnapshot } from "../../src/engine/snapshot.js";
import { spdxText } from "../licence/texts.js";

const check = (files: Record<string, string>) => audit(memorySnapshot(files)).findings.find((f) => f.rule === "licence-file")!;

describe("licence-file", () => {
  it.each([
    ["a root LICENSE", { LICENSE: spdxText("MIT") }, "licence-file.file", "LICENSE"],
    ["a COPYING.LESSER", { "COPYING.LESSER": "GNU LESSER GENERAL PUBLIC LICENSE..." }, "licence-file.file", "COPYING.LESSER"],
    ["a LICENCE.fr.txt", { "LICENCE.fr.txt": "Licence CeCILL-B" }, "licence-file.file", "LICENCE.fr.txt"],
    ["a licence file named by a manifest", { "pyproject.toml": '[project]\nlicense = {file = "legal/LICENCE.txt"}\n', "legal/LICENCE.txt": spdxText("MIT") }, "licence-file.manifest-file", "legal/LICENCE.txt"],
    ["a REUSE folder", { "LICENSES/EUPL-1.2.txt": spdxText("EUPL-1.2") }, "licence-file.reuse", "LICENSES/EUPL-1.2.txt"],
  ])("passes on %s", (_, files, key, path) => {
    const finding = check(files);
    expect(finding).toMatchObject({ status: "pass", level: "required", message: { key } });
    expect(finding.evidence[0]?.path).toBe(path);
  });

  it.each([
    ["nothing", { "README.md": "# Outil\n" }, "licence-file.missing"],
    ["an empty LICENSE", { LICENSE: "\n" }, "licence-file.empty"],
    ["a manifest declaration alone", { "package.json": '{"license":"MIT"}' }, "licence-file.declared-only"],
    ["a manifest pointing nowhere", { "package.json": '{"license":"SEE LICENSE IN LICENCE.md"}' }, "licence-file.missing-pointer"],
    ["a licence in a sub-folder only", { "docs/LICENSE": spdxText("MIT") }, "licence-file.missing"],
    ["third-party notices only", { "THIRD-PARTY-LICENSES.txt": spdxText("MIT") }, "licence-file.missing"],
  ])("fails on %s", (_, files, key) => {
    expect(check(files)).toMatchObject({ status: "fail", message: { key } });
  });
});
