/** Check runs on pull requests, through the real Probot server and the simulator: what they say and cost. */
import { afterEach, describe, expect, test } from "vitest";
import { startScenario, type Scenario } from "../support/github-app-harness.js";
import { ORGANISATION_CONFIG, README, readyFiles } from "../support/github-fixtures.js";
import type { FileValue } from "../support/github-simulator.js";
import type { SimPullRequest } from "../support/simulator-pull-requests.js";

const REPO = "eig/outil";
const INSTALL = "# Installation\n\nPrérequis : Node.js 20.\n\n```sh\nnpm ci\nnpm start\n```\n";
let scenario: Scenario;

afterEach(() => scenario.close());

/** Ready for handover but for the installation steps (the README's section is gone). */
function withoutInstallSteps(): Record<string, FileValue> {
  return { ...readyFiles(), "README.md": README.replace(/## Installation[\s\S]*?(?=## Architecture)/, "") };
}

async function start(files: Record<string, FileValue>): Promise<void> {
  scenario = await startScenario(ORGANISATION_CONFIG, (github) => github.addRepository(REPO, files), { checkRunSettleMs: 10 });
}

/** Delivers a pull_request event, waits for the audit, returns the requests it cost. */
async function deliver(pull: SimPullRequest, action: "opened" | "synchronize" | "reopened" | "ready_for_review" = "opened"): Promise<string[]> {
  const mark = scenario.simulator.requests.length;
  expect((await scenario.app.deliver("pull_request", scenario.simulator.pulls.payload(pull, action))).status).toBe(200);
  await scenario.app.relais.idle();
  return scenario.simulator.since(mark);
}

describe("a check run on the pull request's head", () => {
  test("a pull request adding the missing document succeeds and names the change, in two reads and one write", async () => {
    await start(withoutInstallSteps());
    await scenario.push(REPO); // the default branch's audit: the issue, and the base report kept
    const issuesBefore = JSON.stringify(scenario.simulator.issues(REPO));
    const pull = scenario.simulator.pulls.open(REPO, { "INSTALL.md": INSTALL });

    expect(await deliver(pull)).toEqual([`GET /repos/${REPO}/git/trees/${pull.headSha}`, "POST /graphql", `POST /repos/${REPO}/check-runs`]);
    const [run] = scenario.simulator.pulls.runs(REPO);
    expect(run).toMatchObject({ name: "Relais", headSha: pull.headSha, status: "completed", conclusion: "success", externalId: String(pull.number) });
    expect(run!.title).toMatch(/^(\d+)\/\1 documents obligatoires$/);
    expect(run!.summary).toContain("### Ce que cette pull request change par rapport à `main`");
    expect(run!.summary).toContain("- ajoute `INSTALL.md` — Procédure d'installation\u00a0: désormais en place");
    // The issue follows the default branch only.
    expect(JSON.stringify(scenario.simulator.issues(REPO))).toBe(issuesBefore);
  });

  test("a pull request removing the licence names the regression and stays advisory", async () => {
    await start(readyFiles());
    const pull = scenario.simulator.pulls.open(REPO, { LICENSE: undefined });

    // No report of the base in memory: it is read too, at the same cost as the head.
    expect(await deliver(pull)).toEqual([`GET /repos/${REPO}/git/trees/${pull.baseSha}`, "POST /graphql", `GET /repos/${REPO}/git/trees/${pull.headSha}`, "POST /graphql", `POST /repos/${REPO}/check-runs`]);
    const [run] = scenario.simulator.pulls.runs(REPO);
    expect(run!.conclusion).toBe("neutral");
    expect(run!.title).toMatch(/^(\d+)\/(?!\1)\d+ documents obligatoires$/);
    expect(run!.summary).toContain("- supprime `LICENSE` — Fichier de licence\u00a0: régression");
    expect(run!.summary).toContain("### Encore manquant");
    expect(run!.summary).toMatch(/- \*\*Fichier de licence\*\* \(obligatoire\) — /);
    expect(scenario.simulator.issues(REPO)).toEqual([]);
  });

  test("`checks.conclusion: failure` on the base branch blocks, in the configured language", async () => {
    await start({ ...readyFiles(), ".github/relais.yml": "language: en\nchecks:\n  conclusion: failure\n" });
    const pull = scenario.simulator.pulls.open(REPO, { LICENSE: undefined });
    await deliver(pull);
    const [run] = scenario.simulator.pulls.runs(REPO);
    expect(run!.conclusion).toBe("failure");
    expect(run!.title).toMatch(/^\d+\/\d+ required documents$/);
    expect(run!.summary).toContain("- removes `LICENSE` — Licence file: regression");
  });

  test("the pull request cannot unblock itself: `checks` comes from the base, the rules from the head", async () => {
    await start({ ...readyFiles(), ".github/relais.yml": "checks:\n  conclusion: failure\n" });
    const pull = scenario.simulator.pulls.open(REPO, { LICENSE: undefined, ".github/relais.yml": "checks:\n  conclusion: neutral\n  enabled: false\n" });
    await deliver(pull);
    expect(scenario.simulator.pulls.runs(REPO).map((run) => run.conclusion)).toEqual(["failure"]);
  });

  test("`checks.enabled: false` on the base: no check run", async () => {
    await start({ ...readyFiles(), ".github/relais.yml": "checks:\n  enabled: false\n" });
    await scenario.push(REPO);
    const pull = scenario.simulator.pulls.open(REPO, { LICENSE: undefined });
    expect(await deliver(pull)).toEqual([]);
    expect(scenario.simulator.pulls.runs(REPO)).toEqual([]);
  });

  test("an invalid `checks` key in the head's configuration is shown in the summary", async () => {
    await start(readyFiles());
    const pull = scenario.simulator.pulls.open(REPO, { ".github/relais.yml": "checks:\n  conclusion: sometimes\n" });
    await deliver(pull);
    const [run] = scenario.simulator.pulls.runs(REPO);
    expect(run!.summary).toContain("Problèmes dans la configuration");
    expect(run!.summary).toContain("clé `checks.conclusion`");
    expect(run!.summary).toContain("ligne 2");
  });

  test("a reopened pull request whose head was already checked costs nothing", async () => {
    await start(readyFiles());
    await scenario.push(REPO);
    const pull = scenario.simulator.pulls.open(REPO, { "docs/notes.md": "# Notes\n" });
    await deliver(pull);
    expect(await deliver(pull, "reopened")).toEqual([]);
    expect(scenario.simulator.pulls.runs(REPO)).toHaveLength(1);
  });

  test("a GitHub error on the head's read gives a neutral check run saying to re-run", async () => {
    await start(readyFiles());
    await scenario.push(REPO);
    const pull = scenario.simulator.pulls.open(REPO, { "docs/notes.md": "# Notes\n" });
    scenario.simulator.inject({ method: "GET", path: new RegExp(`/git/trees/${pull.headSha}$`), status: 500, times: 10 });
    await deliver(pull);
    const [run] = scenario.simulator.pulls.runs(REPO);
    expect(run).toMatchObject({ conclusion: "neutral", title: "Contenu de la pull request illisible" });
    expect(run!.summary).toContain("/relais recheck");
  });
});

describe("when GitHub refuses the check run", () => {
  test("an installation without `checks: write` gets a log line that says how to fix it, and no issue write", async () => {
    await start(readyFiles());
    const pull = scenario.simulator.pulls.open(REPO, { "docs/notes.md": "# Notes\n" });
    scenario.simulator.inject({ method: "POST", path: /\/check-runs$/, status: 403, times: 5 });
    const requests = await deliver(pull);
    expect(requests.filter((request) => request.startsWith("POST /repos/"))).toEqual([`POST /repos/${REPO}/check-runs -> 403`]);
    expect(scenario.app.logs.join("")).toContain('has not granted \\"checks: write\\"');
    expect(scenario.app.relais.checkRuns.outcomes.at(-1)?.error).toBeInstanceOf(Error);
  });
});

describe("a pull request moved onto another base", () => {
  test("is compared with its new base; an edit of its title is not", async () => {
    await start(readyFiles());
    await scenario.push(REPO);
    const pull = scenario.simulator.pulls.open(REPO, { "docs/notes.md": "# Notes\n" });
    await deliver(pull);
    const mark = scenario.simulator.requests.length;
    await scenario.app.deliver("pull_request", scenario.simulator.pulls.payload(pull, "edited", { title: { from: "Avant" } }));
    await scenario.app.relais.idle();
    expect(scenario.simulator.since(mark)).toEqual([]);
    // The base branch "release" points at an older commit, without CONTRIBUTING.md.
    pull.baseSha = scenario.simulator.commit(REPO, scenario.simulator.repository(REPO).files, { "CONTRIBUTING.md": undefined, "README.md": README.replace(/## Contribuer[\s\S]*$/, "") });
    pull.baseRef = "release";
    await scenario.app.deliver("pull_request", scenario.simulator.pulls.payload(pull, "edited", { base: { ref: { from: "main" }, sha: { from: "x" } } }));
    await scenario.app.relais.idle();
    const runs = scenario.simulator.pulls.runs(REPO);
    expect(runs).toHaveLength(2);
    expect(runs[1]!.summary).toContain("par rapport à `release`");
  });
});
