/**
 * Configuration that cannot hurt: an alias bomb or an oversized file, in a repository's file or in the
 * organisation's, is a configuration problem with its file and line, the audit goes on with the
 * defaults, and a private organisation file is never quoted in a public repository's issue.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { GithubSimulator } from "../support/github-simulator.js";
import { startScenario, type Scenario } from "../support/github-app-harness.js";
import { missingDocsFiles } from "../support/github-fixtures.js";
import { aliasBomb } from "../support/hostile-inputs.js";

/** The issue escapes Markdown punctuation in repository-controlled text; the assertions read the words. */
const unescaped = (body: string) => body.replace(/\\(?=[^\w\s])/g, "");

let scenario: Scenario;
let simulator: GithubSimulator;

afterEach(() => scenario.close());

describe("alias bombs and oversized files", () => {
  beforeEach(async () => {
    scenario = await startScenario("language: fr\n");
    ({ simulator } = scenario);
  });

  test("in a repository's file: reported with its line, audited with the defaults", async () => {
    simulator.addRepository("eig/bombe", { ...missingDocsFiles(), ".github/relais.yml": aliasBomb() });
    await scenario.push("eig/bombe");
    const [issue] = simulator.issues("eig/bombe");
    expect(issue!.body).toContain("Problèmes dans la configuration");
    expect(issue!.body).toMatch(/`eig\/bombe:\.github\/relais\.yml`, ligne 2\s?: trop d'alias YAML/);
    // The defaults were used: the required licence rule still ran.
    expect(issue!.body).toContain("Licence");
  });

  test("in a repository's file too large to be a configuration", async () => {
    simulator.addRepository("eig/enorme", { ...missingDocsFiles(), ".github/relais.yml": `# ${"x".repeat(70_000)}\nlanguage: en\n` });
    await scenario.push("eig/enorme");
    expect(unescaped(simulator.issues("eig/enorme")[0]!.body)).toMatch(/ligne 1\s?: fichier trop grand/);
  });

  test("in the organisation's file: every repository still gets its issue, saying why", async () => {
    simulator.push("eig/.github", { ".github/relais.yml": aliasBomb() });
    simulator.addRepository("eig/un", missingDocsFiles());
    simulator.addRepository("eig/deux", missingDocsFiles());
    await scenario.push("eig/un");
    await scenario.push("eig/deux");
    for (const repository of ["eig/un", "eig/deux"]) {
      expect(simulator.issues(repository)).toHaveLength(1);
      expect(simulator.issues(repository)[0]!.body).toMatch(/`eig\/\.github:\.github\/relais\.yml`, ligne 2\s?: trop d'alias YAML/);
    }
    expect(scenario.app.logs.join("")).not.toContain("audit failed");
  });
});

describe("an alias bomb at the end of an `_extends` chain", () => {
  beforeEach(async () => {
    scenario = await startScenario("language: fr\n");
    ({ simulator } = scenario);
  });

  test("is a problem of the `_extends` key, and the audit goes on", async () => {
    simulator.addRepository("eig/partage", { ".github/relais.yml": aliasBomb() });
    simulator.addRepository("eig/etend", { ...missingDocsFiles(), ".github/relais.yml": "_extends: partage\n" }, { private: true });
    await scenario.push("eig/etend");
    const body = unescaped(simulator.issues("eig/etend")[0]!.body);
    expect(body).toMatch(/clé `_extends`\s?: could not be followed/);
    expect(scenario.app.logs.join("")).not.toContain("audit failed");
  });
});

describe("a private organisation file", () => {
  const SECRET_KEY = "cle-interne-confidentielle";

  beforeEach(async () => {
    scenario = await startScenario(`rules:\n  ${SECRET_KEY}: required\n`);
    ({ simulator } = scenario);
    simulator.repository("eig/.github").private = true;
  });

  test("is shown in a public repository's issue without its content", async () => {
    simulator.addRepository("eig/public", missingDocsFiles());
    await scenario.push("eig/public");
    const body = unescaped(simulator.issues("eig/public")[0]!.body);
    expect(body).toContain("la configuration de l'organisation est invalide");
    expect(body).not.toContain(SECRET_KEY);
  });

  test("is shown in full to a private repository of the organisation", async () => {
    simulator.addRepository("eig/interne", missingDocsFiles(), { private: true });
    await scenario.push("eig/interne");
    expect(simulator.issues("eig/interne")[0]!.body).toContain(SECRET_KEY);
  });
});
