import { describe, expect, it } from "vitest";
import { parseManifest } from "../../src/licence/manifests.js";

const declared = (path: string, text: string) => parseManifest(path, text).declarations.map(({ source, spdx, corrected }) => ({ source, spdx, corrected: corrected ?? false }));

describe("parseManifest", () => {
  it.each([
    ["package.json", '{"name":"x","license":"MIT"}', "MIT", false],
    ["package.json", '{"license":{"type":"apache-2.0"}}', "Apache-2.0", true],
    ["package.json", '{"licenses":[{"type":"MIT"},{"type":"GPL-3.0-or-later"}]}', "MIT OR GPL-3.0-or-later", false],
    ["composer.json", '{"license":["MIT","CECILL-2.1"]}', "MIT OR CECILL-2.1", false],
    ["pyproject.toml", '[project]\nname = "x"\nlicense = "EUPL-1.2"\n', "EUPL-1.2", false],
    ["pyproject.toml", '[tool.poetry]\nlicense = "AGPLv3+"\n', "AGPL-3.0-or-later", true],
    ["Cargo.toml", '[package]\nlicense = "MIT/Apache-2.0"\n', "MIT OR Apache-2.0", true],
    ["setup.cfg", "[metadata]\nname = x\nlicense = CeCILL-B\n\n[options]\n", "CECILL-B", true],
    ["setup.py", 'setup(name="x", license="GPLv3", classifiers=[])', "GPL-3.0-only", true],
    ["DESCRIPTION", "Package: x\nLicense: GPL (>= 2)\n", "GPL-2.0-or-later", true],
    ["pom.xml", "<project><licenses><license><name>CeCILL-C</name></license></licenses></project>", "CECILL-C", true],
    ["publiccode.yml", "publiccodeYmlVersion: '0.4'\nlegal:\n  license: AGPL-3.0-or-later\n", "AGPL-3.0-or-later", false],
  ])("reads %s: %s", (path, text, spdx, corrected) => {
    expect(declared(path, text)[0]).toEqual({ source: path, spdx, corrected });
  });

  it("reads trove classifiers as alternatives", () => {
    const text = '[project]\nclassifiers = ["License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)", "Programming Language :: Python"]\n';
    expect(declared("pyproject.toml", text)).toEqual([{ source: "pyproject.toml", spdx: "GPL-3.0-or-later", corrected: true }]);
  });

  it("collects the licence files a manifest points to", () => {
    expect(parseManifest("pyproject.toml", '[project]\nlicense = {file = "LICENCE.fr.txt"}\nlicense-files = ["LICENSES/*"]\n').pointers.map((p) => p.target)).toEqual(["LICENCE.fr.txt", "LICENSES/*"]);
    expect(parseManifest("package.json", '{"license":"SEE LICENSE IN LICENCE.md"}').pointers[0]?.target).toBe("LICENCE.md");
    const r = parseManifest("DESCRIPTION", "License: MIT + file LICENSE\n");
    expect(r.pointers[0]).toMatchObject({ target: "LICENSE" });
    expect(r.declarations[0]?.spdx).toBe("MIT");
  });

  it("gives the line of the declaration", () => {
    expect(parseManifest("package.json", '{\n  "name": "x",\n  "license": "MIT"\n}').declarations[0]?.line).toBe(3);
  });

  it.each([
    ["package.json", "{ not json"],
    ["pyproject.toml", "[project\nlicense = "],
    ["publiccode.yml", "legal: [unclosed"],
    ["setup.py", "\u0000\u0001binary"],
  ])("survives a malformed %s", (path, text) => {
    expect(parseManifest(path, text).declarations).toEqual([]);
  });

  it("keeps a declaration it cannot make an SPDX expression, with spdx null", () => {
    expect(declared("package.json", '{"license":"BSD"}')).toEqual([{ source: "package.json", spdx: null, corrected: false }]);
  });
});
