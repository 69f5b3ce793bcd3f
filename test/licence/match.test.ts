import { describe, expect, it } from "vitest";
import { identifyText } from "../../src/licence/match.js";
import { fixture, frenchText, reflow, spdxText } from "./texts.js";

const ids = (text: string) => identifyText(text).matches.map((match) => match.id);

describe("identifyText: official texts and their usual copies", () => {
  it.each([
    ["MIT", spdxText("MIT"), "MIT"],
    ["Apache-2.0 reflowed", reflow(spdxText("Apache-2.0")), "Apache-2.0"],
    ["BSD-3-Clause in Markdown", `# BSD 3-Clause License\n\n${spdxText("BSD-3-Clause").replace(/^(\d)\./gm, "$1\\.")}`, "BSD-3-Clause"],
    ["GPL-3.0", spdxText("GPL-3.0-only"), "GPL-3.0"],
    ["LGPL-2.1", spdxText("LGPL-2.1-only"), "LGPL-2.1"],
    ["AGPL-3.0 reflowed", reflow(spdxText("AGPL-3.0-only")), "AGPL-3.0"],
    ["MPL-2.0", spdxText("MPL-2.0"), "MPL-2.0"],
    ["EPL-2.0", spdxText("EPL-2.0"), "EPL-2.0"],
    ["CeCILL-2.1 in French", frenchText("CECILL-2.1.fr.txt"), "CECILL-2.1"],
    ["CeCILL-B in French, reflowed", reflow(frenchText("CECILL-B.fr.txt")), "CECILL-B"],
    ["CeCILL-C in French", frenchText("CECILL-C.fr.txt"), "CECILL-C"],
    ["EUPL-1.2 in French", frenchText("EUPL-1.2.fr.txt"), "EUPL-1.2"],
    ["Licence Ouverte 2.0", spdxText("etalab-2.0"), "etalab-2.0"],
    ["ODbL-1.0", spdxText("ODbL-1.0"), "ODbL-1.0"],
    ["an HTML conversion of MIT", fixture("licence.html"), "MIT"],
    ["MIT read as Latin-1", Buffer.from(`Copyright © 2021 Ministère\n\n${spdxText("MIT")}`, "utf8").toString("latin1"), "MIT"],
  ])("identifies %s", (_, text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it.each([
    ["GPL-2.0 from GPL-3.0", spdxText("GPL-2.0-only"), "GPL-2.0"],
    ["LGPL-2.1 from LGPL-3.0", spdxText("LGPL-2.1-only"), "LGPL-2.1"],
    ["CeCILL 2.0 from 2.1", spdxText("CECILL-2.0"), "CECILL-2.0"],
    ["EUPL-1.1 from 1.2", spdxText("EUPL-1.1"), "EUPL-1.1"],
    ["X11 from MIT", spdxText("X11"), "X11"],
    ["MIT-0 from MIT", spdxText("MIT-0"), "MIT-0"],
    ["CC-BY-SA-4.0 from CC-BY-4.0", spdxText("CC-BY-SA-4.0"), "CC-BY-SA-4.0"],
    ["CC-BY-4.0 from CC-BY-SA-4.0", spdxText("CC-BY-4.0"), "CC-BY-4.0"],
    ["BSD-2-Clause from BSD-3-Clause", spdxText("BSD-2-Clause"), "BSD-2-Clause"],
    ["AGPL-3.0 from GPL-3.0", spdxText("AGPL-3.0-only"), "AGPL-3.0"],
  ])("keeps relatives apart: %s", (_, text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it("takes a French CeCILL stating version 2.0 for CeCILL 2.0, though only the French 2.1 is carried", () => {
    const text = frenchText("CECILL-2.1.fr.txt").replace("Version 2.1 du 2013-06-21", "Version 2.0 du 2006-09-05");
    expect(identifyText(text).matches[0]).toMatchObject({ id: "CECILL-2.0", versionFromText: true });
  });

  it("does not call a CeCILL text without Affero and without version line CeCILL 2.1", () => {
    const text = frenchText("CECILL-2.1.fr.txt").replace("Version 2.1 du 2013-06-21", "").replace(/Affero/g, "");
    const result = identifyText(text);
    expect(result.matches).toEqual([]);
    expect(result.candidates[0]?.spdx).toBe("CECILL-2.1");
  });

  it("takes a Licence Ouverte stating version 1.0 for the Licence Ouverte 1.0", () => {
    const text = spdxText("etalab-2.0").replace("- Version 2.0", "- Version 1.0").replace("- Avril 2017", "- Octobre 2011");
    expect(ids(text)).toEqual(["LicenseRef-etalab-1.0"]);
  });

  it("finds two full texts in one file", () => {
    expect(ids(`Code:\n\n${spdxText("MIT")}\n\nDocumentation:\n\n${spdxText("CC-BY-4.0")}`).sort()).toEqual(["CC-BY-4.0", "MIT"]);
  });

  it("hands back the preamble no reference covers", () => {
    const result = identifyText(`Le contenu de ce dépôt est placé sous licence MIT, à l'exception des polices.\n\n${spdxText("MIT")}`);
    expect(result.matches.map((m) => m.id)).toEqual(["MIT"]);
    expect(result.residual).toContain("placé sous licence MIT");
  });

  it("flags a clause added inside a licence text", () => {
    const lines = spdxText("BSD-3-Clause").split("\n");
    lines.splice(8, 0, "4. You may not use this software for any military purpose, nor in any nuclear facility, nor sell it to any government agency without written permission from the author.");
    expect(identifyText(lines.join("\n")).matches[0]).toMatchObject({ id: "BSD-3-Clause", modified: true });
    expect(identifyText(spdxText("BSD-3-Clause")).matches[0]?.modified).toBeUndefined();
  });

  it("names the closest candidates of a damaged text, without matching it", () => {
    const text = spdxText("Apache-2.0");
    const result = identifyText(text.slice(0, text.length / 2));
    expect(result.matches).toEqual([]);
    expect(result.candidates.map((candidate) => candidate.spdx)).toContain("Apache-2.0");
  });

  it("matches nothing in prose", () => {
    expect(identifyText(fixture("proprietary.md")).matches).toEqual([]);
    expect(identifyText("").matches).toEqual([]);
  });
});
