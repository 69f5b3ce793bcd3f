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
    ["no command", [], /aucune commande\u00a0: audit, scaffold ou report/],
    ["an unknown command", ["lint", "."], /commande inconnue\u00a0: lint/],
    ["a mistyped command", ["audti", "."], /commande inconnue\u00a0: audti \(vouliez-vous dire audit\u202f\?\)/],
    ["audit alone", ["audit"], /audit attend un dossier ou un dépôt GitHub/],
    ["a bad format", ["audit", ".", "--format", "xml"], /--format attend l'une de ces valeurs\u00a0: text, markdown, json/],
    ["a bad language", ["audit", ".", "--lang", "de"], /--lang attend fr ou en/],
    ["an unknown option", ["audit", ".", "--colour"], /option inconnue\u00a0: --colour/],
    ["a mistyped option", ["audit", ".", "--frmat", "json"], /option inconnue\u00a0: --frmat \(vouliez-vous dire --format\u202f\?\)/],
    ["a mistyped option, in English", ["audit", ".", "--lang", "en", "--frmat", "json"], /unknown option: --frmat \(did you mean --format\?\)/],
  ])("exits 2 with usage for %s", async (_name, argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain("Usage:");
  });

  it("exits 2 without usage for a missing directory", async () => {
    const { code, stderr } = await run("audit", "/nonexistent/relais");
    expect(code).toBe(2);
    expect(stderr).toMatch(/no such directory/);
    expect(stderr).not.toContain("Usage:");
  });

  it("exits 2 on an invalid configuration, naming the file, line and key in the report's language, without usage", async () => {
    const dir = tempTree({ ...incomplete, ".github/relais.yml": "langage: en\nrules:\n  readme: mandatory\n" });
    const { code, stderr } = await run("audit", dir);
    expect(code).toBe(2);
    expect(stderr).toContain("relais.yml, ligne 1, clé langage\u00a0: clé inconnue langage (vouliez-vous dire language\u202f?)");
    expect(stderr).toContain("relais.yml, ligne 3, clé rules.readme\u00a0: valeur non reconnue\u00a0: choisissez parmi required, recommended, off.");
    expect(stderr).not.toContain("Usage:");
    expect((await run("audit", dir, "--lang", "en")).stderr).toContain("line 1, key langage: unknown key langage (did you mean language?)");
  });

  it("exits 2 when --config names a missing file", async () => {
    const { code, stderr } = await run("audit", tempTree(incomplete), "--config", "/nonexistent/relais.yml");
    expect(code).toBe(2);
    expect(stderr).toContain("/nonexistent/relais.yml\u00a0: ce fichier de configuration n'existe pas.");
  });
});
