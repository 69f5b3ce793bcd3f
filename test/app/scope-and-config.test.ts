import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { GithubSimulator } from "../support/github-simulator.js";
import { startScenario, type AppHarness, type Scenario } from "../support/github-app-harness.js";
import { missingDocsFiles, ORGANISATION_CONFIG, readyFiles } from "../support/github-fixtures.js";

let scenario: Scenario;
let simulator: GithubSimulator;
let app: AppHarness;

beforeEach(async () => {
  scenario = await startScenario(ORGANISATION_CONFIG);
  ({ simulator, app } = scenario);
});

afterEach(() => scenario.close());

const audit = (repository: string) => scenario.push(repository);

const reads = (repository: string) => [`GET /repos/${repository}/git/trees/HEAD`, "POST /graphql"];

describe("which repositories get an issue", () => {
  test("an archived repository is skipped, unless the configuration asks", async () => {
    simulator.addRepository("eig/ancien", missingDocsFiles(), { archived: true });
    expect(await audit("eig/ancien")).toEqual(reads("eig/ancien"));
    expect(app.outcomes.at(-1)?.outcome).toMatchObject({ status: "skipped", reason: "archived" });
    simulator.push("eig/ancien", { ".github/relais.yml": "archived: audit\n" });
    await audit("eig/ancien");
    expect(simulator.issues("eig/ancien")).toHaveLength(1);
  });

  test("a fork is skipped", async () => {
    simulator.addRepository("eig/copie", missingDocsFiles(), { fork: true });
    await audit("eig/copie");
    expect(app.outcomes.at(-1)?.outcome).toMatchObject({ status: "skipped", reason: "fork" });
    expect(simulator.issues("eig/copie")).toHaveLength(0);
  });

  test("an empty repository is skipped until its first push", async () => {
    simulator.addRepository("eig/vide", {});
    expect(await audit("eig/vide")).toEqual([`GET /repos/eig/vide/git/trees/HEAD -> 409`, "POST /graphql"]);
    expect(app.outcomes.at(-1)?.outcome).toMatchObject({ status: "skipped", reason: "empty" });
  });

  test("repositories with issues disabled are audited without a crash or a write", async () => {
    simulator.addRepository("eig/sans-tickets", missingDocsFiles(), { hasIssues: false });
    expect(await audit("eig/sans-tickets")).toEqual(reads("eig/sans-tickets"));
    expect(app.outcomes.at(-1)?.outcome).toMatchObject({ status: "audited", verdict: "issues-disabled", ok: false });
    expect(app.logs.join("")).toContain("issues are disabled on this repository");
  });

  test("a private repository is audited and the issue says the code is not open", async () => {
    simulator.addRepository("eig/prive", readyFiles(), { private: true });
    await audit("eig/prive");
    const [issue] = simulator.issues("eig/prive");
    expect(issue!.body).toContain("Ce dépôt est privé\u00a0: le code n'est pas ouvert.");
  });

  test("repositories ignored by the organisation's configuration are skipped", async () => {
    simulator.push("eig/.github", { ".github/relais.yml": "ignore:\n  - 'brouillon-*'\n" });
    simulator.addRepository("eig/brouillon-1", missingDocsFiles());
    await audit("eig/brouillon-1");
    expect(app.outcomes.at(-1)?.outcome).toMatchObject({ status: "skipped", reason: "ignored" });
  });
});

describe("configuration", () => {
  test("an invalid file is shown in the issue with its line, and the audit goes on with the defaults", async () => {
    simulator.addRepository("eig/mal-configure", { ...missingDocsFiles(), ".github/relais.yml": "language: fr\nrules:\n  install-docs: obligatoire\n" });
    expect(await audit("eig/mal-configure")).toEqual([...reads("eig/mal-configure"), "POST /repos/eig/mal-configure/labels", "POST /repos/eig/mal-configure/issues"]);
    const [issue] = simulator.issues("eig/mal-configure");
    expect(issue!.body).toContain("Problèmes dans la configuration");
    expect(issue!.body).toMatch(/`eig\/mal-configure:\.github\/relais\.yml`, ligne 3, clé `rules\.install-docs`/);
  });

  test("the repository's file wins over the organisation's, in its language, with its label and title", async () => {
    simulator.addRepository("eig/english", { ...missingDocsFiles(), ".github/relais.yml": "language: en\nissue:\n  label: handover\n  title: Handover checklist\n" });
    expect(await audit("eig/english")).toEqual([...reads("eig/english"), "POST /graphql", "POST /repos/eig/english/labels", "POST /repos/eig/english/issues"]);
    const [issue] = simulator.issues("eig/english");
    expect(issue!.title).toBe("Handover checklist");
    expect(issue!.labels).toEqual(["handover"]);
    expect(issue!.body).toContain("Relais audit of");
  });

  test("issue.enabled: false keeps the repository without an issue", async () => {
    simulator.addRepository("eig/silence", { ...missingDocsFiles(), ".github/relais.yml": "issue:\n  enabled: false\n" });
    expect(await audit("eig/silence")).toEqual(reads("eig/silence"));
    expect(simulator.issues("eig/silence")).toHaveLength(0);
  });

  test("openOn: recommended opens an issue for a recommended rule alone", async () => {
    simulator.push("eig/.github", { ".github/relais.yml": "issue:\n  openOn: recommended\n" });
    simulator.addRepository("eig/presque", readyFiles());
    await audit("eig/presque");
    expect(simulator.issues("eig/presque")).toHaveLength(1);
  });

  test("`_extends` is followed with Probot's config loader", async () => {
    simulator.addRepository("eig/partage", { ".github/relais.yml": "language: en\n" });
    simulator.addRepository("eig/etend", { ...missingDocsFiles(), ".github/relais.yml": "_extends: partage\n" });
    const requests = await audit("eig/etend");
    expect(requests).toContain("GET /repos/eig/partage/contents/.github%2Frelais.yml");
    expect(simulator.issues("eig/etend")[0]!.body).toContain("Relais audit of");
  });
});
