import { describe, expect, it } from "vitest";
import { parseConfigText, validateConfig } from "../../src/config/parse.js";
import { DEFAULT_CONFIG } from "../../src/config/defaults.js";

describe("parseConfigText", () => {
  it("merges a valid file over the defaults", () => {
    const { config, problems } = parseConfigText("language: en\nrules:\n  roadmap: required\n  security-policy: off\nissue:\n  label: passation\n", "relais.yml");
    expect(problems).toEqual([]);
    expect(config.language).toBe("en");
    expect(config.rules).toEqual({ roadmap: "required", "security-policy": "off" });
    expect(config.issue).toEqual({ ...DEFAULT_CONFIG.issue, label: "passation" });
  });

  it("treats an empty file as the defaults", () => {
    expect(parseConfigText("", "relais.yml")).toEqual({ config: DEFAULT_CONFIG, problems: [] });
  });

  it.each([
    ["an unknown rule id", "rules:\n  roadmap: required\n  licence-files: off\n", { line: 3, key: "rules.licence-files", message: 'unknown key "licence-files" (did you mean "licence-file"?)', code: "unknown-key", params: { name: "licence-files", suggestion: "licence-file" } }],
    ["a wrong level", "language: fr\nrules:\n  readme: mandatory\n", { line: 3, key: "rules.readme", message: 'must be one of "required", "recommended", "off"', code: "not-one-of", params: { allowed: ["required", "recommended", "off"] } }],
    ["a wrong language", "language: de\n", { line: 1, key: "language", message: 'must be one of "fr", "en"', code: "not-one-of" }],
    ["a misspelt top-level key", "langage: fr\n", { line: 1, key: "langage", message: 'unknown key "langage" (did you mean "language"?)', code: "unknown-key", params: { name: "langage", suggestion: "language" } }],
    ["a wrong type", "issue:\n  enabled: \"yes\"\n", { line: 2, key: "issue.enabled", message: "must be boolean", code: "wrong-type", params: { type: "boolean" } }],
  ])("reports %s with its line and key, and falls back to the defaults", (_name, text, expected) => {
    const { config, problems } = parseConfigText(text, ".github/relais.yml");
    expect(config).toBe(DEFAULT_CONFIG);
    expect(problems).toContainEqual(expect.objectContaining({ file: ".github/relais.yml", ...expected }));
  });

  it("reports YAML syntax errors with their line", () => {
    const { problems } = parseConfigText("rules:\n  readme: required\n   roadmap: off\n", "relais.yml");
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: "relais.yml", key: "" });
    expect(problems[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it("refuses a document that is not a mapping", () => {
    expect(parseConfigText("- readme\n- roadmap\n", "relais.yml").problems[0]).toMatchObject({ key: "", message: "the configuration must be a mapping of keys to values" });
  });
});

describe("validateConfig", () => {
  it("validates objects already parsed by Probot's config loader", () => {
    expect(validateConfig({ rules: { readme: "off" } }, "org/.github:relais.yml").config.rules).toEqual({ readme: "off" });
    expect(validateConfig({ ignore: "all" }, "x").problems[0]).toMatchObject({ key: "ignore", message: "must be array" });
  });
});
