/** YAML that cannot hurt: aliases bounded, size capped, every failure a problem with file and line, in the parser and the CLI. */
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { DEFAULT_CONFIG } from "../../src/config/defaults.js";
import { MAX_CONFIG_BYTES, parseConfigText, validateConfig } from "../../src/config/parse.js";
import { aliasBomb } from "../support/hostile-inputs.js";
import { tempTree } from "../support/temp-dir.js";

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { write: (t: string) => (stdout += t) }, { write: (t: string) => (stderr += t) });
  return { code, stdout, stderr };
}

describe("parseConfigText limits", () => {
  it("reports an alias bomb on the line of its first alias, with the defaults", () => {
    const { config, problems } = parseConfigText(aliasBomb(), "relais.yml");
    expect(config).toBe(DEFAULT_CONFIG);
    expect(problems).toEqual([{ file: "relais.yml", line: 2, key: "", message: expect.stringMatching(/^too many aliases/), code: "too-many-aliases", params: { limit: expect.any(Number) } }]);
  });

  it("keeps ordinary aliases working", () => {
    const { config, problems } = parseConfigText("rules:\n  roadmap: &level required\n  changelog: *level\n", "relais.yml");
    expect(problems).toEqual([]);
    expect(config.rules).toEqual({ roadmap: "required", changelog: "required" });
  });

  it("refuses a file over the size cap without parsing it", () => {
    const { problems } = parseConfigText(`#${"x".repeat(MAX_CONFIG_BYTES)}\n`, "relais.yml");
    expect(problems).toEqual([{ file: "relais.yml", line: 1, key: "", message: expect.stringMatching(/^is too large \(\d+ bytes; a configuration file is at most 65536\)$/), code: "too-large", params: { bytes: expect.any(Number), limit: 65536 } }]);
  });

  it("refuses an already parsed object whose shared values expand past the bound", () => {
    let value: unknown = ["x"];
    for (let level = 0; level < 9; level++) value = Array(10).fill(value);
    const { problems } = validateConfig({ rules: value }, "org (_extends)");
    expect(problems).toEqual([{ file: "org (_extends)", line: 1, key: "", message: expect.stringMatching(/more than 10000 values/) }]);
  });
});

describe("the CLI", () => {
  it("exits 2 with the file and line of an alias bomb, without a stack trace", async () => {
    const { code, stderr } = await run("audit", tempTree({ "README.md": "# Projet\n", ".github/relais.yml": aliasBomb() }));
    expect(code).toBe(2);
    expect(stderr).toMatch(/relais\.yml, ligne 2\s?: trop d'alias YAML/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 2 for a configuration file over the size cap", async () => {
    const { code, stderr } = await run("audit", tempTree({ "README.md": "# Projet\n", ".github/relais.yml": `#${"x".repeat(MAX_CONFIG_BYTES + 10)}\n` }));
    expect(code).toBe(2);
    expect(stderr).toMatch(/relais\.yml, ligne 1\s?: fichier trop grand/);
  });
});
