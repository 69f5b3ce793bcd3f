/**
 * What a licence text is recognised as: any SPDX licence, the licence its title names when its
 * relatives are as close, a paraphrase by its title, a bare family with the version found
 * elsewhere, a filled-in GPL appendix as a grant; and never "all rights reserved" unless said.
 */
import { describe, expect, it } from "vitest";
import { analyseLicences } from "../../src/licence/analyse.js";
import { FileIndex } from "../../src/engine/file-index.js";
import { memorySnapshot } from "../../src/engine/snapshot.js";
import { fixture, spdxText } from "./texts.js";

function analyse(files: Record<string, string>) {
  const snapshot = memorySnapshot(files);
  return analyseLicences(snapshot, new FileIndex(snapshot.files));
}

const CODE = { "src/app.py": "print('ok')\n" };

describe("every SPDX licence", () => {
  it.each(["CERN-OHL-W-2.0", "Beerware", "BlueOak-1.0.0", "GFDL-1.3-only", "LiLiQ-R-1.1"])("recognises %s", (id) => {
    const result = analyse({ LICENSE: spdxText(id), ...CODE });
    expect(result.expression).toBe(id);
    expect(result.files[0]?.proprietary).toBeUndefined();
    expect(result.verdict.status).toBe("not-homologated");
  });
});

describe("relatives outside the curated set", () => {
  it.each([
    ["CPL-1.0", "EPL-1.0"],
    ["CC-BY-NC-3.0", "CC-BY-3.0"],
    ["MS-LPL", "MS-PL"],
  ])("tells %s from the curated %s it holds, reflowed", (id, relative) => {
    const reflowed = spdxText(id).replace(/\r\n?/g, "\n").split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, " ").trim()).join("\n\n");
    const result = analyse({ LICENSE: reflowed, ...CODE });
    expect(result.expression).toBe(id);
    expect(result.expression).not.toBe(relative);
  });
});

describe("titles", () => {
  it("prefers the licence a title names over an obscure relative just as close", () => {
    const x11Swapped = spdxText("X11-swapped").replace(/^Copyright.*$/m, "Copyright (c) 2020 Région Exemple");
    const result = analyse({ LICENSE: `The MIT License (MIT)\n\n${x11Swapped}`, ...CODE });
    expect(result.expression).toBe("MIT");
    expect(result.files[0]?.modified).toMatchObject({ spdx: "MIT" });
  });

  it("reads a paraphrase titled with a licence as that licence, flagged", () => {
    const result = analyse({ "LICENSE.md": fixture("mit-paraphrase.md"), ...CODE });
    expect(result.expression).toBe("MIT");
    expect(result.files[0]).toMatchObject({ confidence: "title", paraphrase: true });
  });

  it("does not take a cut copy under its title for a paraphrase", () => {
    const half = "Apache License, Version 2.0\n\n" + spdxText("Apache-2.0").split("\n").slice(3).join("\n").slice(0, 5000);
    const result = analyse({ LICENSE: half, ...CODE });
    expect(result.expression).toBeNull();
    expect(result.verdict).toMatchObject({ status: "unknown", candidates: expect.arrayContaining([expect.objectContaining({ spdx: "Apache-2.0" })]) });
  });

  it("does not trust a title over a text that restricts", () => {
    const text = fixture("mit-paraphrase.md").replace("There is a single condition", "Commercial use is prohibited. There is a single condition");
    expect(analyse({ "LICENSE.md": text, ...CODE }).expression).toBeNull();
  });
});

describe("reservations", () => {
  it("does not call an unrecognised text that grants rights proprietary", () => {
    const result = analyse({ "LICENSE.md": fixture("custom-terms.md"), ...CODE });
    expect(result.files[0]?.proprietary).toBeUndefined();
    expect(result.verdict.status).toBe("unknown");
  });

  it("says which phrase reserves the rights", () => {
    const result = analyse({ "LICENSE.md": fixture("proprietary.md"), ...CODE });
    expect(result.files[0]).toMatchObject({ proprietary: true, reservation: "All rights reserved" });
  });
});

describe("versions", () => {
  it("reports a CeCILL notice without a version as unversioned", () => {
    expect(analyse({ LICENSE: fixture("cecill-unversioned.txt"), ...CODE }).verdict).toEqual({ status: "unversioned", families: ["CECILL"] });
  });

  it("takes the version another declaration gives", () => {
    const publiccode = "publiccodeYmlVersion: '0.4'\nlegal:\n  license: CECILL-2.1\n";
    const result = analyse({ LICENSE: fixture("cecill-unversioned.txt"), "publiccode.yml": publiccode, ...CODE });
    expect(result.expression).toBe("CECILL-2.1");
    expect(result.files[0]).toMatchObject({ confidence: "notice", versionFrom: "declaration" });
  });

  it("reads a filled-in GPL appendix saying any later version as an or-later grant", () => {
    const filled = spdxText("GPL-2.0-only")
      .replace(/<?one line to give the program's name and (?:a brief |an )?idea of what it does\.>?/, "suivi-tournees - planification des tournées d'inspection")
      .replace(/Copyright \(C\) <?yyyy>?\s+<?name of author>?/, "Copyright (C) 2019  Agence de l'Exemple");
    expect(filled).not.toMatch(/one line to give/);
    expect(analyse({ COPYING: filled, ...CODE }).expression).toBe("GPL-2.0-or-later");
  });

  it("keeps -only for the unfilled appendix", () => {
    expect(analyse({ COPYING: spdxText("GPL-2.0-only"), ...CODE }).expression).toBe("GPL-2.0-only");
  });
});
