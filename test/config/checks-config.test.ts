import { describe, expect, it } from "vitest";
import { parseConfigText } from "../../src/config/parse.js";
import { DEFAULT_CONFIG } from "../../src/config/defaults.js";

describe("the `checks` key", () => {
  it("defaults to an advisory check run", () => {
    expect(DEFAULT_CONFIG.checks).toEqual({ enabled: true, conclusion: "neutral" });
  });

  it("merges one setting over the defaults", () => {
    const { config, problems } = parseConfigText("checks:\n  conclusion: failure\n", "relais.yml");
    expect(problems).toEqual([]);
    expect(config.checks).toEqual({ enabled: true, conclusion: "failure" });
    expect(parseConfigText("checks:\n  enabled: false\n", "relais.yml").config.checks).toEqual({ enabled: false, conclusion: "neutral" });
  });

  it.each([
    ["a wrong conclusion", "checks:\n  conclusion: success\n", { line: 2, key: "checks.conclusion", message: 'must be one of "neutral", "failure"' }],
    ["a misspelt key", "checks:\n  enable: false\n", { line: 2, key: "checks.enable", message: 'unknown key "enable" (did you mean "enabled"?)' }],
    ["a wrong type", "checks:\n  enabled: sometimes\n", { line: 2, key: "checks.enabled", message: "must be boolean" }],
  ])("reports %s with its line and key", (_name, text, expected) => {
    const { config, problems } = parseConfigText(text, ".github/relais.yml");
    expect(config).toBe(DEFAULT_CONFIG);
    expect(problems).toContainEqual(expect.objectContaining({ file: ".github/relais.yml", ...expected }));
  });
});
