import { describe, expect, it } from "vitest";
import { addsRestriction } from "../../src/licence/restrictions.js";

describe("addsRestriction", () => {
  it.each([
    ["This software may not be used for military purposes.", true],
    ["Toute utilisation commerciale est interdite.", true],
    ["Sans l'autorisation écrite du ministère, aucune diffusion.", true],
    ["à l'exception de la fonte Marianne", true],
    ["Non-commercial use only.", true],
    ["dans le cas d'une réutilisation de la base SIRENE de l'INSEE, mentionner l'URL du concédant", false],
    ["l'Information ne contient pas de droits de propriété intellectuelle appartenant à des tiers", false],
    ["This notice is reproduced for the convenience of readers.", false],
  ])("%s → %s", (text, expected) => {
    expect(addsRestriction(text)).toBe(expected);
  });
});
