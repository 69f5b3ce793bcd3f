import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.js";
import { memorySnapshot } from "../../src/engine/snapshot.js";
import { fixture, frenchText, spdxText } from "../licence/texts.js";

const CODE = { "src/index.js": "console.log('hi');\n" };
const run = (files: Record<string, string>) => audit(memorySnapshot(files));
const check = (files: Record<string, string>) => run(files).findings.find((f) => f.rule === "licence-homologated")!;

describe("licence-homologated", () => {
  it.each([
    ["MIT", { LICENSE: spdxText("MIT"), ...CODE }, "pass", "licence-homologated.homologated"],
    ["CeCILL-B in French", { "LICENCE.fr.txt": frenchText("CECILL-B.fr.txt"), ...CODE }, "pass", "licence-homologated.homologated"],
    ["code and data licences", { "LICENSE.md": fixture("licences-code-data.md"), ...CODE }, "warn", "licence-homologated.notice-only"],
    ["a data licence alone over code", { LICENSE: spdxText("etalab-2.0"), ...CODE }, "warn", "licence-homologated.data-licence-on-code"],
    ["a data licence alone over documents", { LICENSE: spdxText("etalab-2.0"), "rapport.md": "# Rapport\n" }, "pass", "licence-homologated.homologated"],
    ["a modified licence text", { LICENSE: spdxText("BSD-3-Clause").replace("DISCLAIMED.", "DISCLAIMED.\n\nThis software may not be used by any public body for surveillance, policing or military purposes of any kind whatsoever, nor sold.\n\n"), ...CODE }, "warn", "licence-homologated.modified"],
    ["another wording of the same licence, restricting nothing", { LICENSE: spdxText("BSD-3-Clause").replace("DISCLAIMED.", "DISCLAIMED.\n\nThis notice is reproduced in the project documentation published by the ministry, for the convenience of its readers, partners and the agents who maintain the service.\n\n"), ...CODE }, "pass", "licence-homologated.variant"],
    ["an unidentified second file", { LICENSE: spdxText("MIT"), "LICENSE-fonts.txt": "Fonts: ask the foundry before any use.", ...CODE }, "warn", "licence-homologated.with-unidentified"],
    ["GPL-2.0 only", { COPYING: spdxText("GPL-2.0-only"), ...CODE }, "fail", "licence-homologated.upgradable-relicense"],
    ["CeCILL 2.0", { LICENSE: spdxText("CECILL-2.0"), ...CODE }, "fail", "licence-homologated.upgradable-clause"],
    ["EUPL 1.1", { LICENSE: spdxText("EUPL-1.1"), ...CODE }, "fail", "licence-homologated.upgradable-steward"],
    ["WTFPL", { LICENCE: spdxText("WTFPL"), ...CODE }, "fail", "licence-homologated.not-homologated"],
    ["a proprietary notice", { "LICENSE.md": fixture("proprietary.md"), ...CODE }, "fail", "licence-homologated.proprietary"],
    ["an unknown text", { LICENSE: spdxText("Apache-2.0").slice(0, 5000), ...CODE }, "fail", "licence-homologated.unknown"],
    // No licence file is licence-file's failure: one cause, one failure.
    ["a manifest declaration alone", { "package.json": '{"license":"MIT"}', ...CODE }, "skip", "licence-homologated.declared-only"],
    ["a manifest declaring an unlisted licence", { "package.json": '{"license":"ISC"}', ...CODE }, "fail", "licence-homologated.declared-only-not-listed"],
    ["nothing", { ...CODE }, "skip", "licence-homologated.missing"],
  ])("%s", (_, files, status, key) => {
    expect(check(files)).toMatchObject({ status, message: { key } });
  });

  it("says what the upgrade is", () => {
    expect(check({ LICENSE: spdxText("CECILL-2.0"), ...CODE }).message.params).toMatchObject({ from: "CECILL-2.0", to: "CECILL-2.1", clause: "CeCILL 2.0 article 12.3" });
  });

  it("fills the report's licence object", () => {
    expect(run({ COPYING: spdxText("GPL-3.0-only"), "src/a.py": "# SPDX-License-Identifier: GPL-3.0-or-later\n" }).licence).toEqual({ spdx: "GPL-3.0-or-later", files: ["COPYING"], homologated: true });
    expect(run({ LICENSE: spdxText("CECILL-2.0") }).licence).toEqual({ spdx: "CECILL-2.0", files: ["LICENSE"], homologated: false });
    expect(run({ "README.md": "# x\n" }).licence).toEqual({ spdx: null, files: [], homologated: null });
  });
});
