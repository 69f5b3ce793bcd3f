import { describe, expect, it } from "vitest";
import { parseConfigText } from "../../src/config/parse.js";
import { RULES_WITH_PATHS } from "../../src/config/schema.js";
import { RULES } from "../../src/engine/registry.js";

describe("paths.<rule>", () => {
  it("exists exactly for the rules that declare they read configured paths", () => {
    expect(RULES_WITH_PATHS).toEqual(RULES.filter((rule) => rule.inputs?.configuredPaths).map((rule) => rule.id));
    expect(RULES_WITH_PATHS).toContain("install-docs");
    expect(RULES_WITH_PATHS).not.toContain("readme");
  });

  it("accepts paths for a rule that reads them", () => {
    const { config, problems } = parseConfigText("paths:\n  install-docs: [\"wiki/*.md\"]\n", ".github/relais.yml");
    expect(problems).toEqual([]);
    expect(config.paths["install-docs"]).toEqual(["wiki/*.md"]);
  });

  it("says which rules take paths when given one that does not", () => {
    const { problems } = parseConfigText("paths:\n  readme: [\"docs/intro.md\"]\n", ".github/relais.yml");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: "paths.readme", line: 2 });
    expect(problems[0]!.message).toMatch(/^rule "readme" takes no paths; paths apply to .*install-docs/);
  });
});
