import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.js";
import { memorySnapshot } from "../../src/engine/snapshot.js";
import { isSpdxExpression } from "../../src/engine/rules/publiccode-schema.js";

const check = (files: Record<string, string | { state: "binary" }>) => audit(memorySnapshot(files)).findings.find((f) => f.rule === "publiccode")!;

const VALID = `publiccodeYmlVersion: "0.4"
name: Outil
description:
  fr:
    shortDescription: Un outil pour les agents.
    longDescription: Un outil qui aide les agents à instruire les dossiers.
legal:
  license: apache-2.0
maintenance:
  type: internal
  contacts:
    - name: Équipe produit
      email: equipe@ministere.gouv.fr
`;

describe("publiccode", () => {
  it("passes on a complete file, licence identifiers matched without regard to case", () => {
    expect(check({ "publiccode.yml": VALID })).toMatchObject({ status: "pass", message: { key: "publiccode.valid" }, evidence: [{ path: "publiccode.yml" }] });
  });

  it.each([
    ["no file", {}, "fail", "publiccode.missing"],
    ["a file in a sub-folder", { "docs/publiccode.yml": VALID }, "fail", "publiccode.misplaced"],
    ["a .yaml extension", { "publiccode.yaml": VALID }, "warn", "publiccode.wrong-name"],
    ["invalid YAML", { "publiccode.yml": "name: [unclosed\n" }, "warn", "publiccode.syntax"],
    ["a YAML list", { "publiccode.yml": "- name\n" }, "warn", "publiccode.not-mapping"],
    ["an unreadable file", { "publiccode.yml": { state: "binary" } as const }, "warn", "publiccode.unreadable"],
  ])("%s", (_, files, status, key) => {
    expect(check(files)).toMatchObject({ status, message: { key } });
  });

  it.each([
    ["an empty name", VALID.replace("name: Outil", 'name: ""'), { missing: ["name"], missingLines: ["2"] }],
    ["no long description", VALID.replace(/ +longDescription:.*\n/, ""), { missing: ["description.fr.longDescription"], missingLines: ["4"] }],
    ["no description at all", VALID.replace(/description:\n(  .*\n)+/, ""), { missing: ["description"], missingLines: ["1"] }],
    ["a licence that is not SPDX", VALID.replace("apache-2.0", "Licence MIT"), { invalid: ["legal.license"], invalidLines: ["8"] }],
    ["an unknown maintenance type", VALID.replace("type: internal", "type: outsourced"), { invalid: ["maintenance.type"], invalidLines: ["10"] }],
    ["internal maintenance without contacts", VALID.replace(/  contacts:\n(    .*\n|      .*\n)+/, ""), { missing: ["maintenance.contacts"], missingLines: ["9"] }],
    ["a contact without a name", VALID.replace("- name: Équipe produit", '- name: " "'), { missing: ["maintenance.contacts.0.name"], missingLines: ["12"] }],
    ["a language key that is not a language", VALID.replace("  fr:", "  Français:"), { invalid: ["description.Français"], invalidLines: ["4"] }],
  ])("warns with the key and line on %s", (_, text, params) => {
    const finding = check({ "publiccode.yml": text });
    expect(finding).toMatchObject({ status: "warn", message: { key: "publiccode.invalid", params: { path: "publiccode.yml", missing: [], invalid: [], ...params } } });
  });

  it("accepts community maintenance without contacts", () => {
    const text = VALID.replace("type: internal", "type: community").replace(/  contacts:\n(    .*\n|      .*\n)+/, "");
    expect(check({ "publiccode.yml": text })).toMatchObject({ status: "pass" });
  });

  it.each([
    ["MIT", true],
    ["mit or gpl-3.0-only", true],
    ["GPL-3.0+", true],
    ["EUPL-1.2 AND etalab-2.0", true],
    ["", false],
    ["MIT AND", false],
    ["Licence MIT", false],
  ])("SPDX expression %j is valid: %s", (expression, valid) => {
    expect(isSpdxExpression(expression)).toBe(valid);
  });
});
