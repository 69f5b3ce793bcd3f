import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.js";
import { memorySnapshot } from "../../src/engine/snapshot.js";
import { fixture, spdxText } from "../licence/texts.js";

const check = (files: Record<string, string>) => audit(memorySnapshot(files)).findings.find((f) => f.rule === "data-licence")!;
const DATA = { "data/communes.csv": "code,nom\n", "data/regions.geojson": "{}", "src/app.py": "print(1)\n" };

describe("data-licence", () => {
  it.each([
    ["a data licence file", { ...DATA, LICENSE: spdxText("MIT"), "LICENSE-DATA": spdxText("etalab-2.0") }, "pass", "data-licence.licence-file"],
    ["a licence file naming the Licence Ouverte", { ...DATA, "LICENSE.md": fixture("licences-code-data.md") }, "pass", "data-licence.licence-file"],
    ["a README statement", { ...DATA, LICENSE: spdxText("MIT"), "README.md": "# Outil\n\nLes données du dossier data sont publiées sous licence ODbL.\n" }, "pass", "data-licence.statement"],
    ["a data folder README", { ...DATA, LICENSE: spdxText("MIT"), "data/README.md": "# Données\n\n## Licence\n\nLicence Ouverte / Open Licence version 2.0\n" }, "pass", "data-licence.statement"],
    ["an unversioned Licence Ouverte", { ...DATA, LICENSE: spdxText("MIT"), "README.md": "# Outil\n\nLes données sont sous Licence Ouverte.\n" }, "warn", "data-licence.unversioned"],
    ["the Licence Ouverte 1.0", { ...DATA, LICENSE: spdxText("MIT"), "README.md": "# Outil\n\nLes données sont sous Licence Ouverte 1.0.\n" }, "fail", "data-licence.old-version"],
    ["a code licence only", { ...DATA, LICENSE: spdxText("MIT") }, "fail", "data-licence.missing"],
    ["no data", { LICENSE: spdxText("MIT"), "src/app.py": "print(1)\n", "package.json": "{}" }, "skip", "data-licence.no-data"],
    ["test fixtures only", { LICENSE: spdxText("MIT"), "tests/fixtures/a.csv": "a\n", "tests/fixtures/b.csv": "b\n", "tests/c.csv": "c\n" }, "skip", "data-licence.no-data"],
    ["two tables outside a data folder", { LICENSE: spdxText("MIT"), "a.csv": "a\n", "b.csv": "b\n" }, "skip", "data-licence.no-data"],
  ])("%s", (_, files, status, key) => {
    expect(check(files)).toMatchObject({ status, message: { key } });
  });

  it("shows a few data files as evidence", () => {
    expect(check({ ...DATA, LICENSE: spdxText("MIT") }).evidence.map((e) => e.path)).toEqual(["data/communes.csv", "data/regions.geojson"]);
  });
});
