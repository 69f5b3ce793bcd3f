import { describe, expect, it } from "vitest";
import { documentFormat, isPlaceOf, isReadmeName, isVendoredPath, kindsOf, normaliseHeading, READ_KINDS } from "../../src/engine/places.js";
import { RULES } from "../../src/engine/registry.js";

describe("places", () => {
  it.each([
    ["README.org", "org"],
    ["docs/guide.adoc", "asciidoc"],
    ["INSTALL", "text"],
    ["site/index.html", "html"],
    ["src/app.ts", undefined],
  ])("%s is a %s document", (path, format) => {
    expect(documentFormat(path)).toBe(format);
  });

  it("names READMEs, vendored trees and headings in one place", () => {
    expect(isReadmeName("README.fr.md")).toBe(true);
    expect(isReadmeName("READ_ME_FIRST.md")).toBe(false);
    expect(isVendoredPath("web/node_modules/x/README.md")).toBe(true);
    expect(isVendoredPath("test/fixtures/repo/README.md")).toBe(true);
    expect(normaliseHeading("🚀 Démarrage rapide !")).toBe("demarrage rapide");
  });

  it.each([
    ["backend/INSTALL", ["documentation"]],
    ["aide/faq.md", ["documentation"]],
    ["backend/install", ["documentation"]],
    ["docs/archi.puml", ["diagram-sources"]],
    ["api/package.json", ["manifests"]],
    ["a/b/c/package.json", []],
    [".github/CODEOWNERS", ["documentation", "community"]],
    ["scripts/deploy", []],
    ["vendor/x/README.md", []],
  ])("%s is read as %j", (path, kinds) => {
    expect(kindsOf(path, READ_KINDS)).toEqual(kinds);
  });

  it("every rule declares kinds this module knows", () => {
    for (const rule of RULES) for (const kind of rule.inputs?.reads ?? []) expect(READ_KINDS).toContain(kind);
    expect(isPlaceOf("readme", "README.md")).toBe(true);
  });
});
