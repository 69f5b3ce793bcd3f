import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { tempTree } from "../support/temp-dir.js";

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { write: (t: string) => (stdout += t) }, { write: (t: string) => (stderr += t) });
  return { code, stdout, stderr };
}

const incomplete = { "README.md": "# Projet\n\nUn outil pour les agents qui instruisent les demandes de subvention des associations.\n" };

describe("relais audit DIR", () => {
  it("prints the JSON contract and exits 1 when a required rule fails", async () => {
    const { code, stdout } = await run("audit", tempTree(incomplete), "--format", "json");
    const report = JSON.parse(stdout);
    expect(code).toBe(1);
    expect(report).toMatchObject({ schemaVersion: 1, licence: { spdx: null, files: [], homologated: null }, summary: { ok: false } });
    for (const finding of report.findings) {
      expect(finding).toEqual(expect.objectContaining({ rule: expect.any(String), axis: expect.any(String), level: expect.any(String), status: expect.any(String), evidence: expect.any(Array), message: expect.any(String) }));
    }
  });

  it("exits 0 when every required rule passes, here because the configuration turns them off", async () => {
    const config = "rules:\n" + ["licence-file", "licence-homologated", "repository-public", "readme", "install-docs", "architecture-schema"].map((id) => `  ${id}: off\n`).join("");
    const { code } = await run("audit", tempTree({ ...incomplete, ".github/relais.yml": config }));
    expect(code).toBe(0);
  });

  it("speaks English on request and French by default", async () => {
    const dir = tempTree(incomplete);
    expect((await run("audit", dir)).stdout).toContain("Guide de contribution");
    expect((await run("audit", dir, "--lang", "en")).stdout).toContain("Contribution guide");
  });

  it("renders the Markdown issue body", async () => {
    const { stdout } = await run("audit", tempTree(incomplete), "--format", "markdown");
    expect(stdout).toMatch(/^### /);
    expect(stdout).toContain("- [ ] **Guide de contribution**");
  });

  it.each([
    ["no command", [], /no command given/],
    ["an unknown command", ["lint", "."], /unknown or incomplete command/],
    ["a bad format", ["audit", ".", "--format", "xml"], /--format must be one of text, markdown, json/],
    ["a bad language", ["audit", ".", "--lang", "de"], /--lang must be fr or en/],
    ["an unknown option", ["audit", ".", "--colour"], /Unknown option '--colour'/],
    ["a missing directory", ["audit", "/nonexistent/relais"], /no such directory/],
  ])("exits 2 with usage for %s", async (_name, argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain("Usage:");
  });

  it("exits 2 on an invalid configuration, naming the file, line and key", async () => {
    const dir = tempTree({ ...incomplete, ".github/relais.yml": "rules:\n  readme: mandatory\n" });
    const { code, stderr } = await run("audit", dir);
    expect(code).toBe(2);
    expect(stderr).toContain(".github/relais.yml:2: rules.readme: must be one of");
  });

  it("exits 2 when --config names a missing file", async () => {
    const { code, stderr } = await run("audit", tempTree(incomplete), "--config", "/nonexistent/relais.yml");
    expect(code).toBe(2);
    expect(stderr).toContain("/nonexistent/relais.yml: no such configuration file");
  });
});
