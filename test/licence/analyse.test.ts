import { describe, expect, it } from "vitest";
import { analyseLicences } from "../../src/licence/analyse.js";
import { FileIndex } from "../../src/engine/file-index.js";
import { memorySnapshot, type FileContent, type RepoMetadata } from "../../src/engine/snapshot.js";
import { fixture, frenchText, spdxText } from "./texts.js";

function analyse(files: Record<string, string | FileContent>, metadata: Partial<RepoMetadata> = {}) {
  const snapshot = memorySnapshot(files, metadata);
  return analyseLicences(snapshot, new FileIndex(snapshot.files));
}

const GPL_HEADER = "# This program is free software: you can redistribute it and/or modify it under the terms of the GNU\n# General Public License as published by the Free Software Foundation, either version 3 of the License,\n# or (at your option) any later version.\nimport os\n";

describe("analyseLicences", () => {
  it.each([
    ["LICENSE", spdxText("MIT"), "MIT"],
    ["LICENCE.fr.txt", frenchText("CECILL-B.fr.txt"), "CECILL-B"],
    ["COPYING", spdxText("GPL-3.0-only"), "GPL-3.0-only"],
    ["UNLICENSE", spdxText("Unlicense"), "Unlicense"],
    ["LICENSE-MIT", spdxText("MIT"), "MIT"],
    ["LICENSE.html", fixture("licence.html"), "MIT"],
    ["Licence_CeCILL_V2.1-fr.txt", frenchText("CECILL-2.1.fr.txt"), "CECILL-2.1"],
  ])("finds and identifies %s", (path, text, spdx) => {
    const result = analyse({ [path]: text, "src/main.py": "print(1)\n" });
    expect(result.expression).toBe(spdx);
    expect(result.files.map((file) => file.path)).toEqual([path]);
  });

  it("combines licence files with AND, a French and an English copy counting once", () => {
    const result = analyse({ "LICENSE": spdxText("MIT"), "LICENSE-DATA.md": spdxText("etalab-2.0"), "LICENCE.en.txt": spdxText("MIT") });
    expect(result.expression).toBe("MIT AND etalab-2.0");
    expect(result.verdict).toMatchObject({ status: "homologated", dataOnly: false });
  });

  it("reads COPYING and COPYING.LESSER as the LGPL", () => {
    expect(analyse({ COPYING: spdxText("GPL-3.0-only"), "COPYING.LESSER": spdxText("LGPL-3.0-only").split("GNU GENERAL PUBLIC LICENSE")[0]! }).expression).toBe("LGPL-3.0-only");
  });

  it("turns GNU ids into -or-later when a header grants any later version", () => {
    const result = analyse({ COPYING: spdxText("GPL-3.0-only"), "src/app.py": GPL_HEADER });
    expect(result.expression).toBe("GPL-3.0-or-later");
    expect(result.orLater).toBe(true);
    expect(result.declarations).toContainEqual(expect.objectContaining({ source: "source-header", spdx: "GPL-3.0-or-later" }));
  });

  it("does not take the GPL's own how-to for a grant", () => {
    expect(analyse({ COPYING: spdxText("GPL-2.0-only") }).expression).toBe("GPL-2.0-only");
  });

  it("takes a grant written above the licence text", () => {
    const grant = "This program is free software; you can redistribute it under the terms of the GNU General Public License, version 2 or (at your option) any later version.\n\n";
    expect(analyse({ COPYING: grant + spdxText("GPL-2.0-only") }).expression).toBe("GPL-2.0-or-later");
  });

  it("reads SPDX-License-Identifier headers in a bounded sample of source files", () => {
    const files: Record<string, string> = { LICENSE: spdxText("EUPL-1.2") };
    for (let i = 0; i < 200; i++) files[`src/module${String(i).padStart(3, "0")}.ts`] = "// SPDX-License-Identifier: EUPL-1.2\nexport {};\n";
    const result = analyse(files);
    expect(result.headerFilesRead).toBeLessThanOrEqual(24);
    expect(result.declarations.filter((d) => d.source === "spdx-header").length).toBeGreaterThan(0);
  });

  it("uses REUSE's LICENSES/ folder when there is no root licence file", () => {
    const result = analyse({ "LICENSES/EUPL-1.2.txt": spdxText("EUPL-1.2"), "LICENSES/LicenseRef-Custom.txt": "Custom terms." });
    expect(result.files.map((file) => file.origin)).toEqual(["reuse", "reuse"]);
    expect(result.expression).toBe("EUPL-1.2 AND LicenseRef-Custom");
  });

  it("follows a manifest to its licence file, and R's MIT + file LICENSE", () => {
    expect(analyse({ "pyproject.toml": '[project]\nlicense = {file = "docs/LICENCE.txt"}\n', "docs/LICENCE.txt": spdxText("MIT") }).files[0]).toMatchObject({ path: "docs/LICENCE.txt", origin: "manifest", spdx: "MIT" });
    expect(analyse({ DESCRIPTION: "License: MIT + file LICENSE\n", LICENSE: "YEAR: 2021\nCOPYRIGHT HOLDER: Inrae\n" }).files[0]).toMatchObject({ spdx: "MIT", confidence: "declared" });
  });

  it("reports a manifest pointing to a missing file", () => {
    expect(analyse({ "package.json": '{"license":"SEE LICENSE IN LICENCE.md"}' }).missingPointers).toEqual([{ manifest: "package.json", target: "LICENCE.md" }]);
  });

  it.each([
    ["a listed licence", { LICENSE: spdxText("Apache-2.0") }, { status: "homologated", expression: "Apache-2.0" }],
    ["an OR with one listed branch", { LICENSE: fixture("dual.txt").replace("Apache License, Version 2.0", "WTFPL") }, { status: "homologated" }],
    ["an AND with an unlisted part", { LICENSE: spdxText("MIT"), "LICENSE-docs": spdxText("CC-BY-4.0") }, { status: "not-homologated", reasons: ["CC-BY-4.0"] }],
    ["GPL-2.0-or-later", { COPYING: `${spdxText("GPL-2.0-only")}\n\nYou may use it under version 2 of the GPL or (at your option) any later version.` }, { status: "not-homologated", upgradeTo: "GPL-3.0-or-later" }],
    ["CeCILL 2.0", { LICENSE: spdxText("CECILL-2.0") }, { status: "not-homologated", upgradeTo: "CECILL-2.1", upgrades: [expect.objectContaining({ basis: "clause" })] }],
    ["EUPL 1.1", { LICENSE: spdxText("EUPL-1.1") }, { status: "not-homologated", upgradeTo: "EUPL-1.2" }],
    ["a proprietary notice", { "LICENSE.md": fixture("proprietary.md") }, { status: "not-homologated", expression: "NONE" }],
    ["an unknown text", { LICENSE: spdxText("Apache-2.0").slice(0, 5000) }, { status: "unknown" }],
    ["no licence file", { "README.md": "# Outil\n" }, { status: "none" }],
  ])("judges %s", (_, files, verdict) => {
    expect(analyse(files).verdict).toMatchObject(verdict);
  });

  it("names the closest candidates of an unknown text", () => {
    const verdict = analyse({ LICENSE: spdxText("Apache-2.0").slice(0, 5000) }).verdict;
    expect(verdict.status === "unknown" && verdict.candidates.map((c) => c.spdx)).toContain("Apache-2.0");
  });

  it("notes unreadable and empty licence files", () => {
    const result = analyse({ "LICENSE.pdf": { state: "binary" }, LICENSE: "  \n" });
    expect(result.files).toEqual(expect.arrayContaining([expect.objectContaining({ path: "LICENSE.pdf", unreadable: "binary" }), expect.objectContaining({ path: "LICENSE", empty: true })]));
  });

  it("records what GitHub detected, NOASSERTION included", () => {
    expect(analyse({ LICENSE: spdxText("MIT") }, { githubLicence: "NOASSERTION" }).declarations).toContainEqual(expect.objectContaining({ source: "github", raw: "NOASSERTION", spdx: null }));
  });
});
