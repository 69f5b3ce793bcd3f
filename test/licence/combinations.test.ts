/**
 * How the licences a repository names combine, as a careful reader sees them: a choice is OR, a
 * bundled component's licence is not the project's, names quoted inside a licence text grant
 * nothing, and a REUSE folder follows the files' headers. Synthetic texts; official texts from
 * spdx-license-list.
 */
import { describe, expect, it } from "vitest";
import { analyseLicences } from "../../src/licence/analyse.js";
import { FileIndex } from "../../src/engine/file-index.js";
import { memorySnapshot } from "../../src/engine/snapshot.js";
import { spdxText } from "./texts.js";

function analyse(files: Record<string, string>) {
  const snapshot = memorySnapshot(files);
  return analyseLicences(snapshot, new FileIndex(snapshot.files));
}

const CODE = { "src/main.c": "int main(void) { return 0; }\n" };

describe("choices", () => {
  it("reads a dual licence over both texts as OR", () => {
    const notice = "Copyright (c) 2021 Service numérique de l'Exemple\n\nThis driver is provided under a dual BSD/GPLv2 license. When using or redistributing this file, you may do so under either license.\n\n";
    const result = analyse({ LICENSE: notice + spdxText("BSD-3-Clause") + "\n\n" + spdxText("GPL-2.0-only"), ...CODE });
    expect(result.expression).toBe("BSD-3-Clause OR GPL-2.0-only");
    expect(result.verdict.status).toBe("homologated");
  });

  it('reads "X or, optionally, Y" as a choice', () => {
    const result = analyse({ LICENSE: "Ce logiciel est distribué sous la licence EUPL 1.2 or, optionally, under the GNU GPL version 2.\n", ...CODE });
    expect(result.expression).toBe("EUPL-1.2 OR GPL-2.0-only");
    expect(result.verdict.status).toBe("homologated");
  });

  it("takes the combination a manifest states for several licence files", () => {
    const result = analyse({ "LICENSE-MIT": spdxText("MIT"), "LICENSE-APACHE": spdxText("Apache-2.0"), "Cargo.toml": '[package]\nname = "exemple"\nlicense = "MIT OR Apache-2.0"\n', ...CODE });
    expect(result.expression).toBe("MIT OR Apache-2.0");
  });

  it("keeps AND when no declaration says how the files combine", () => {
    expect(analyse({ "LICENSE-MIT": spdxText("MIT"), "LICENSE-DATA": spdxText("etalab-2.0"), ...CODE }).expression).toBe("etalab-2.0 AND MIT");
  });
});

describe("bundled components", () => {
  it("sets aside a bundled library's licence quoted after the project's", () => {
    const text = "Copyright 2022 Ville d'Exemple\n\nThis project is released under the MIT License:\n\n" + spdxText("MIT") +
      "\n\n----\n\nThe map viewer bundles the third-party library carto-exemple, distributed under the following licence:\n\n" + spdxText("BSD-2-Clause");
    const result = analyse({ LICENSE: text, ...CODE });
    expect(result.expression).toBe("MIT");
    expect(result.files[0]).toMatchObject({ bundled: ["BSD-2-Clause"] });
  });

  it("reads the project's notice, not the bundled licence that follows it", () => {
    const text = "Ce projet est publié sous licence MIT.\n\nIl inclut la bibliothèque tierce graphe-exemple, dont la licence suit :\n\n" + spdxText("Apache-2.0");
    const result = analyse({ LICENSE: text, ...CODE });
    expect(result.expression).toBe("MIT");
    expect(result.files[0]).toMatchObject({ confidence: "notice", bundled: ["Apache-2.0"] });
  });

  it("keeps the licence a library's own grant names, whatever the word library suggests", () => {
    const grant = "Copyright (C) 2020 Agence de l'Exemple\n\nThis library is free software; you can redistribute it and/or modify it under the terms of the GNU Lesser General Public License as published by the Free Software Foundation; either version 2.1 of the License, or (at your option) any later version. This library uses the code of no other project.\n\n";
    const result = analyse({ "COPYING.LESSER": grant + spdxText("LGPL-2.1-only"), ...CODE });
    expect(result.expression).toBe("LGPL-2.1-or-later");
    expect(result.files[0]?.bundled).toBeUndefined();
  });

  it("keeps a data licence the project itself gives", () => {
    const text = spdxText("MIT") + "\n\nLes jeux de données du dossier data/ sont publiés sous la Licence Ouverte :\n\n" + spdxText("etalab-2.0");
    expect(analyse({ LICENSE: text, ...CODE }).expression).toBe("MIT AND etalab-2.0");
  });
});

describe("names inside a licence text", () => {
  it("does not take the licences an EUPL appendix lists for grants", () => {
    const eupl = spdxText("EUPL-1.2").replace(/Appendix[\s\S]*$/, (appendix) => appendix.replace(/\n- /g, "\n* Licence : ").replace(/v\. 3\b/g, "v. 3.0 (and later)"));
    const result = analyse({ LICENSE: eupl, ...CODE });
    expect(result.expression).toBe("EUPL-1.2");
  });

  it("does not take a CC legal code's note on CC0 for a second licence", () => {
    const note = "The text of the Creative Commons public licenses is dedicated to the public domain under the CC0 Public Domain Dedication.";
    const text = spdxText("CC-BY-SA-4.0").replace("Creative Commons is not a party to its public licenses.", `Creative Commons is not a party to its public licenses. ${note}`);
    const result = analyse({ LICENSE: text, "rapport.md": "# Rapport\n" });
    expect(result.expression).toBe("CC-BY-SA-4.0");
  });
});

describe("REUSE", () => {
  it("follows the files' SPDX headers instead of joining the folder with AND", () => {
    const files: Record<string, string> = {
      "LICENSES/MIT.txt": spdxText("MIT"),
      "LICENSES/Apache-2.0.txt": spdxText("Apache-2.0"),
      "LICENSES/CC0-1.0.txt": spdxText("CC0-1.0"),
      "src/lib.rs": "// SPDX-FileCopyrightText: 2024 Exemple\n// SPDX-License-Identifier: MIT OR Apache-2.0\npub fn f() {}\n",
      "src/main.rs": "// SPDX-License-Identifier: MIT OR Apache-2.0\nfn main() {}\n",
    };
    expect(analyse(files).expression).toBe("MIT OR Apache-2.0");
  });

  it("joins the folder when headers name a licence it does not hold", () => {
    const files = { "LICENSES/MIT.txt": spdxText("MIT"), "LICENSES/CC0-1.0.txt": spdxText("CC0-1.0"), "src/a.rs": "// SPDX-License-Identifier: GPL-3.0-only\n" };
    expect(analyse(files).expression).toBe("CC0-1.0 AND MIT");
  });
});
