import { describe, expect, it } from "vitest";
import { correctLicence, toSpdx } from "../../src/licence/expression.js";
import { findNotices } from "../../src/licence/notices.js";
import { fixture } from "./texts.js";

const notice = (text: string, standalone = false) => toSpdx(findNotices(text, { standalone }).tree);

describe("findNotices", () => {
  it.each([
    ["released under CeCILL-B", "This software is released under CeCILL-B.", "CECILL-B"],
    ["sous licence MIT", "Ce projet est placé sous licence MIT.", "MIT"],
    ["the Apache header", 'Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with the License.', "Apache-2.0"],
    ["the CeCILL header", 'This software is governed by the CeCILL-C license under French law and abiding by the rules of distribution of free software.', "CECILL-C"],
    ["the French CeCILL header", fixture("notice-cecill-fr.txt"), "CECILL-C"],
    ["the GPL grant, or later", "This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.", "GPL-3.0-or-later"],
    ["the GPL grant, version 2 only", "You can redistribute it under the terms of the GNU General Public License version 2 as published by the Free Software Foundation.", "GPL-2.0-only"],
    ["a French GPL grant, or later", "Ce programme est distribué sous les termes de la licence publique générale GNU, soit la version 3 de la licence, soit (à votre choix) toute version ultérieure.", "GPL-3.0-or-later"],
    ["the AGPL in SPDX form", "Le code est publié sous licence AGPL-3.0-or-later.", "AGPL-3.0-or-later"],
    ["Licence Ouverte 2.0", "Les données sont publiées sous Licence Ouverte 2.0.", "etalab-2.0"],
    ["an English Licence Ouverte", "Exported data are under the License Ouverte 2.0.", "etalab-2.0"],
    ["EUPL in French", "Distribué sous la licence publique de l'Union européenne v. 1.2.", "EUPL-1.2"],
    ["CeCILL v2.1", "Logiciel diffusé sous licence CeCILL v2.1.", "CECILL-2.1"],
    ["CC BY-SA 4.0", "Documentation under CC BY-SA 4.0.", "CC-BY-SA-4.0"],
    ["code and data licences", fixture("licences-code-data.md"), "EUPL-1.2 AND etalab-2.0"],
    ["a dual licence", fixture("dual.txt"), "MIT OR Apache-2.0"],
    ["two licences joined by or", "Licensed under MIT or Apache-2.0.", "MIT OR Apache-2.0"],
  ])("reads %s", (_, text, expected) => {
    expect(notice(text)).toBe(expected);
  });

  it.each([
    ["a compatibility statement", "This library is compatible with the GPL v3 and the MIT license."],
    ["third-party licences", "Third-party dependencies keep their own licences, such as the Apache License 2.0."],
    ["an excepted part", "Except the fonts, which use the SIL licence."],
    ["a name without cue in prose", "We compared MIT and BSD before choosing."],
  ])("ignores %s", (_, text) => {
    expect(notice(text)).toBeNull();
  });

  it("counts a name opening a line only in a licence file", () => {
    expect(notice("MIT License\n\nCopyright (c) 2020 Foo", true)).toBe("MIT");
    expect(notice("MIT License\n\nCopyright (c) 2020 Foo", false)).toBeNull();
  });

  it("reports a family named without the version it needs", () => {
    const result = findNotices("Ce logiciel est régi par la licence CeCILL soumise au droit français.", { standalone: false });
    expect(result.tree).toBeNull();
    expect(result.unresolved).toEqual(["CECILL"]);
  });
});

describe("correctLicence", () => {
  it.each([
    ["MIT", "MIT", false],
    ["GPL-3.0+", "GPL-3.0-or-later", false],
    ["mit-licence", "MIT", true],
    ["apache-2.0", "Apache-2.0", true],
    ["AGPL-3", "AGPL-3.0-only", true],
    ["AGPLv3+", "AGPL-3.0-or-later", true],
    ["GPL (>= 2)", "GPL-2.0-or-later", true],
    ["CeCILL v2.1", "CECILL-2.1", true],
    ["Licence Ouverte 2.0", "etalab-2.0", true],
    ["MIT/Apache-2.0", "MIT OR Apache-2.0", true],
    ["mit or apache-2.0", "MIT OR Apache-2.0", true],
  ])("makes %s %s", (raw, spdx, corrected) => {
    expect(correctLicence(raw)).toMatchObject({ corrected });
    expect(toSpdx(correctLicence(raw).tree)).toBe(spdx);
  });

  it.each(["BSD", "GPL", "Apache Software License", "CeCILL"])("does not guess the version of %s", (raw) => {
    expect(correctLicence(raw).tree).toBeNull();
  });

  it("knows npm's UNLICENSED and SEE LICENSE IN", () => {
    expect(correctLicence("UNLICENSED")).toMatchObject({ tree: null, proprietary: true });
    expect(correctLicence("SEE LICENSE IN LICENCE.md")).toMatchObject({ tree: null, pointsTo: "LICENCE.md" });
  });
});
