import { describe, expect, it } from "vitest";
import { repairText } from "../../src/licence/decode.js";
import { prepareText } from "../../src/licence/normalise.js";

const words = (text: string) => prepareText(text).tokens.join(" ");

describe("prepareText", () => {
  it.each([
    ["Markdown emphasis, links and headings", "# Title\n\nThe **Software** is [provided](https://example.org) _as is_.", "the software is provided as is"],
    ["HTML tags and entities", "<html><body><h1>Title</h1><p>L&rsquo;&laquo;&nbsp;Information&nbsp;&raquo; est r&eacute;utilis&eacute;e.</p><p>x</p><p>y</p></body></html>", "l information est reutilisee x y"],
    ["French typography", "Le « Concédant » concède à l’« Utilisateur » un droit non-exclusif.", "le concedant concede a l utilisateur un droit nonexclusif"],
    ["British spellings", "This licence is granted to the organisation.", "this license is granted to the organization"],
    ["bullets and enumerators", "Conditions apply:\n\n- a) first\n* 2. second\n(iv) third", "conditions apply first second third"],
    ["URLs and e-mail addresses", "See <https://www.gnu.org/licenses/> or write to sam@hocevar.net today.", "see or write to today"],
  ])("removes %s", (_, text, expected) => {
    expect(words(text)).toBe(expected);
  });

  it("sets aside titles, version lines and copyright lines, keeping the versions", () => {
    const prepared = prepareText("GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n\nCopyright (C) 2007 Free Software Foundation, Inc.\n\nEveryone is permitted to copy.\n\nVersion 2.1 du 2013-06-21\n");
    expect(prepared.tokens.join(" ")).toBe("everyone is permitted to copy");
    expect(prepared.versions).toEqual(["3", "2.1"]);
    expect(prepared.clean).toContain("GNU GENERAL PUBLIC LICENSE");
  });

  it("keeps a hard-wrapped line of prose that is short", () => {
    expect(words("Title\n\nEveryone is permitted to copy and distribute\nverbatim copies.")).toBe("everyone is permitted to copy and distribute verbatim copies");
  });

  it("notes all rights reserved and takes it out", () => {
    const prepared = prepareText("Copyright 2020 X\n\nSome terms here. All rights reserved.");
    expect(prepared.allRightsReserved).toBe(true);
    expect(prepared.tokens.join(" ")).toBe("some terms here");
  });

  it("gives each word its place in the clean text", () => {
    const prepared = prepareText("Title\n\nLicensed under the MIT License.");
    const i = prepared.tokens.indexOf("mit");
    expect(prepared.clean.slice(prepared.starts[i], prepared.ends[i])).toBe("MIT");
  });
});

describe("repairText", () => {
  it.each([
    ["a BOM", "\ufeffLicence", "Licence"],
    ["UTF-8 read as Latin-1", Buffer.from("Réutilisation de l’information", "utf8").toString("latin1"), "Réutilisation de l’information"],
    ["UTF-16LE read as Latin-1", Buffer.from("\ufeffLicence Ouverte é", "utf16le").toString("latin1"), "Licence Ouverte é"],
    ["UTF-16 read as UTF-8 (NULs left)", "L\u0000i\u0000c\u0000\u2013", "Lic\u2013"],
  ])("repairs %s", (_, text, expected) => {
    expect(repairText(text)).toBe(expected);
  });

  it("leaves correct text and real Latin-1 alone", () => {
    expect(repairText("Données à caractère personnel")).toBe("Données à caractère personnel");
  });
});
