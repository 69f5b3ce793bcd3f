/** licence-homologated on the cases a careful reader tells apart: each verdict with a message that says what was found. */
import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.js";
import { memorySnapshot } from "../../src/engine/snapshot.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { fixture, spdxText } from "../licence/texts.js";

const CODE = { "src/index.js": "console.log('hi');\n" };
const check = (files: Record<string, string>) => audit(memorySnapshot({ ...CODE, ...files })).findings.find((f) => f.rule === "licence-homologated")!;

describe("licence-homologated, careful-reader cases", () => {
  it.each([
    ["a paraphrase titled MIT", { "LICENSE.md": fixture("mit-paraphrase.md") }, "warn", "licence-homologated.paraphrase", { spdx: "MIT", path: "LICENSE.md" }],
    ["a CeCILL notice without a version", { LICENSE: fixture("cecill-unversioned.txt") }, "fail", "licence-homologated.unversioned", { families: ["CECILL"] }],
    ["a choice with one listed branch", { LICENSE: `Dual licensed: you may use this code under either the MIT License or the GNU GPL version 2.\n\n${spdxText("MIT")}\n\n${spdxText("GPL-2.0-only")}` }, "pass", "licence-homologated.choice", { spdx: "MIT OR GPL-2.0-only", listed: ["MIT"] }],
    ["a bundled component's licence", { LICENSE: `${spdxText("MIT")}\n\nThe viewer bundles the third-party library carto-exemple, under this licence:\n\n${spdxText("BSD-2-Clause")}` }, "pass", "licence-homologated.homologated-bundled", { spdx: "MIT", bundled: ["BSD-2-Clause"] }],
    ["a reservation, quoted", { "LICENSE.md": fixture("proprietary.md") }, "fail", "licence-homologated.proprietary", { reservation: "All rights reserved" }],
    ["an unrecognised text that grants rights", { "LICENSE.md": fixture("custom-terms.md") }, "fail", "licence-homologated.unknown-no-candidate", {}],
    ["a licence outside the list", { LICENSE: spdxText("CERN-OHL-W-2.0") }, "fail", "licence-homologated.not-homologated", { spdx: "CERN-OHL-W-2.0" }],
  ])("%s", (_, files, status, key, params) => {
    const finding = check(files);
    expect(finding).toMatchObject({ status, message: { key } });
    expect(finding.message.params ?? {}).toMatchObject(params);
  });

  it("words each case in both languages without a missing message", () => {
    const report = audit(memorySnapshot({ ...CODE, LICENSE: fixture("cecill-unversioned.txt") }));
    const fr = renderMarkdown(report, { language: "fr" });
    const en = renderMarkdown(report, { language: "en" });
    expect(fr).toContain("sans en préciser la version");
    expect(en).toContain("without the version homologation depends on");
  });
});
