/** Pull requests from forks: a public fork's head is read from the fork; a private one cannot be. */
import { afterEach, describe, expect, test } from "vitest";
import { startScenario, type Scenario } from "../support/github-app-harness.js";
import { ORGANISATION_CONFIG, readyFiles } from "../support/github-fixtures.js";

const REPO = "eig/outil";
const FORK = "contributrice/outil";
let scenario: Scenario;

afterEach(() => scenario.close());

/** The base on installation 1; the fork belongs to an account where Relais is not installed. */
async function start(forkIsPrivate: boolean): Promise<void> {
  scenario = await startScenario(
    ORGANISATION_CONFIG,
    (github) => {
      github.addRepository(REPO, readyFiles());
      github.addRepository(FORK, readyFiles(), { fork: true, private: forkIsPrivate, installationId: 99 });
    },
    { checkRunSettleMs: 10 },
  );
  await scenario.push(REPO);
}

async function send(event: string, payload: object): Promise<string[]> {
  const mark = scenario.simulator.requests.length;
  expect((await scenario.app.deliver(event, payload)).status).toBe(200);
  await scenario.app.relais.idle();
  return scenario.simulator.since(mark);
}

describe("pull requests from forks", () => {
  test("a public fork's head is read from the fork, the check run written on the base", async () => {
    await start(false);
    const pull = scenario.simulator.pulls.open(REPO, { "SECURITY.md": "# Sécurité\n\nSignalez une faille à securite@example.org.\n" }, { fork: FORK });
    expect(await send("pull_request", scenario.simulator.pulls.payload(pull, "opened"))).toEqual([`GET /repos/${FORK}/git/trees/${pull.headSha}`, "POST /graphql", `POST /repos/${REPO}/check-runs`]);
    const [run] = scenario.simulator.pulls.runs(REPO);
    expect(run).toMatchObject({ headSha: pull.headSha, conclusion: "success" });
    expect(run!.summary).toContain("- ajoute `SECURITY.md` — Politique de sécurité\u00a0: désormais en place");
    // The fork has no releases or description of its own to lose: only its files are compared.
    expect(run!.summary).not.toContain("régression");
  });

  test("a private fork cannot be read: neutral, saying so, without a read", async () => {
    await start(true);
    const pull = scenario.simulator.pulls.open(REPO, { LICENSE: undefined }, { fork: FORK });
    expect(await send("pull_request", scenario.simulator.pulls.payload(pull, "opened"))).toEqual([`POST /repos/${REPO}/check-runs`]);
    const [run] = scenario.simulator.pulls.runs(REPO);
    expect(run).toMatchObject({ conclusion: "neutral", title: "Contenu de la pull request illisible" });
    expect(run!.summary).toContain("fork privé (`contributrice/outil`)");
  });

  test("re-running a fork's check finds its pull request by the check run's external id", async () => {
    await start(false);
    const pull = scenario.simulator.pulls.open(REPO, { "docs/notes.md": "# Notes\n" }, { fork: FORK });
    await send("pull_request", scenario.simulator.pulls.payload(pull, "opened"));
    const [first] = scenario.simulator.pulls.runs(REPO);
    const requests = await send("check_run", scenario.simulator.pulls.checkRunRerequested(pull, first!));
    expect(requests).toEqual([`GET /repos/${REPO}/pulls/${pull.number}`, `GET /repos/${FORK}/git/trees/${pull.headSha}`, "POST /graphql", `POST /repos/${REPO}/check-runs`]);
  });

  test("re-running a fork's suite asks which pull requests have its head", async () => {
    await start(false);
    const pull = scenario.simulator.pulls.open(REPO, { "docs/notes.md": "# Notes\n" }, { fork: FORK });
    const requests = await send("check_suite", scenario.simulator.pulls.checkSuiteRerequested(pull));
    expect(requests[0]).toBe(`GET /repos/${REPO}/commits/${pull.headSha}/pulls`);
    expect(scenario.simulator.pulls.runs(REPO)).toHaveLength(1);
  });

  test("a deleted fork: neutral, saying so", async () => {
    await start(false);
    const pull = scenario.simulator.pulls.open(REPO, { "docs/notes.md": "# Notes\n" }, { fork: FORK });
    pull.head = null;
    await send("pull_request", scenario.simulator.pulls.payload(pull, "reopened"));
    expect(scenario.simulator.pulls.runs(REPO)[0]!.summary).toContain("a été supprimé");
  });
});

describe("a private fork in the organisation itself", () => {
  test("is read when the installation covers it", async () => {
    scenario = await startScenario(
      ORGANISATION_CONFIG,
      (github) => {
        github.addRepository(REPO, readyFiles());
        github.addRepository("eig/outil-fork", readyFiles(), { fork: true, private: true });
      },
      { checkRunSettleMs: 10 },
    );
    const pull = scenario.simulator.pulls.open(REPO, { LICENSE: undefined }, { fork: "eig/outil-fork" });
    const requests = await send("pull_request", scenario.simulator.pulls.payload(pull, "opened"));
    expect(requests).toContain(`GET /repos/eig/outil-fork/git/trees/${pull.headSha}`);
    expect(scenario.simulator.pulls.runs(REPO)[0]!.summary).toContain("supprime `LICENSE`");
  });
});
