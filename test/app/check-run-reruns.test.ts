/** Check runs asked for again (re-run buttons, `/relais recheck`), and bursts of pushes collapsed into one audit. */
import { afterEach, describe, expect, test } from "vitest";
import { startScenario, type HarnessOptions, type Scenario } from "../support/github-app-harness.js";
import { ORGANISATION_CONFIG, readyFiles } from "../support/github-fixtures.js";
import type { SimPullRequest } from "../support/simulator-pull-requests.js";

const REPO = "eig/outil";
let scenario: Scenario;

afterEach(() => scenario.close());

async function start(options: HarnessOptions = {}): Promise<void> {
  scenario = await startScenario(ORGANISATION_CONFIG, (github) => github.addRepository(REPO, readyFiles(), { permissions: { alice: "write", bob: "read" } }), { checkRunSettleMs: 10, ...options });
  await scenario.push(REPO);
}

async function send(event: string, payload: object): Promise<string[]> {
  const mark = scenario.simulator.requests.length;
  expect((await scenario.app.deliver(event, payload)).status).toBe(200);
  await scenario.app.relais.idle();
  return scenario.simulator.since(mark);
}

async function opened(files: Record<string, string | undefined>): Promise<SimPullRequest> {
  const pull = scenario.simulator.pulls.open(REPO, files);
  await send("pull_request", scenario.simulator.pulls.payload(pull, "opened"));
  return pull;
}

describe("asked for again", () => {
  test("the check's re-run button writes a new check run on the same head", async () => {
    await start();
    const pull = await opened({ LICENSE: undefined });
    const [first] = scenario.simulator.pulls.runs(REPO);
    expect(await send("check_run", scenario.simulator.pulls.checkRunRerequested(pull, first!))).toEqual([
      `GET /repos/${REPO}/pulls/${pull.number}`,
      `GET /repos/${REPO}/git/trees/${pull.headSha}`,
      "POST /graphql",
      `POST /repos/${REPO}/check-runs`,
    ]);
    const runs = scenario.simulator.pulls.runs(REPO);
    expect(runs).toHaveLength(2);
    expect(runs[1]).toMatchObject({ headSha: pull.headSha, conclusion: "neutral" });
    expect(runs[1]!.id).not.toBe(first!.id);
  });

  test("another app's check run re-run is none of Relais's business", async () => {
    await start();
    const pull = await opened({ LICENSE: undefined });
    const [first] = scenario.simulator.pulls.runs(REPO);
    expect(await send("check_run", scenario.simulator.pulls.checkRunRerequested(pull, { ...first!, name: "CI" }))).toEqual([]);
  });

  test("re-run all checks audits the suite's pull request again", async () => {
    await start();
    const pull = await opened({ "docs/notes.md": "# Notes\n" });
    await send("check_suite", scenario.simulator.pulls.checkSuiteRerequested(pull));
    expect(scenario.simulator.pulls.runs(REPO).map((run) => run.headSha)).toEqual([pull.headSha, pull.headSha]);
  });

  test("`/relais recheck` on the pull request writes a new check run and leaves the issue alone", async () => {
    await start();
    const pull = await opened({ LICENSE: undefined });
    const requests = await send("issue_comment", scenario.simulator.pulls.comment(pull, "alice", "/relais recheck"));
    expect(requests).toContain(`POST /repos/${REPO}/check-runs`);
    // The comment is acknowledged with a reaction; nothing else touches the issues.
    expect(requests.filter((request) => /\/issues\/comments\/\d+\/reactions$/.test(request))).toHaveLength(1);
    expect(requests.filter((request) => /\/issues/.test(request) && !/\/reactions$/.test(request))).toEqual([]);
    expect(scenario.simulator.pulls.runs(REPO)).toHaveLength(2);
    expect(scenario.simulator.issues(REPO)).toEqual([]);
  });

  test("`/relais recheck` from someone without write access does nothing", async () => {
    await start();
    const pull = await opened({ LICENSE: undefined });
    await send("issue_comment", scenario.simulator.pulls.comment(pull, "bob", "/relais recheck"));
    expect(scenario.simulator.pulls.runs(REPO)).toHaveLength(1);
  });
});

describe("bursts", () => {
  test("10 synchronize events in a second: one audit, of the newest head", async () => {
    await start({ checkRunSettleMs: 2_000 });
    const pull = scenario.simulator.pulls.open(REPO, { "docs/notes.md": "# Notes\n" });
    const deliveries = Array.from({ length: 10 }, (_, index) => {
      scenario.simulator.pulls.push(pull, { "docs/notes.md": `# Notes\n\nVersion ${index + 1}.\n` });
      return scenario.simulator.pulls.payload(pull, "synchronize");
    });
    const mark = scenario.simulator.requests.length;
    const started = performance.now();
    // All at once, so they may arrive out of order: the newest head (by updated_at) must still win.
    const answers = await Promise.all(deliveries.map((payload) => scenario.app.deliver("pull_request", payload)));
    const elapsed = performance.now() - started;
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(elapsed, "the ten deliveries took longer than the settling time: the machine is too loaded for this test").toBeLessThan(2_000);
    await scenario.app.relais.idle();
    expect(scenario.simulator.since(mark)).toEqual([`GET /repos/${REPO}/git/trees/${pull.headSha}`, "POST /graphql", `POST /repos/${REPO}/check-runs`]);
    expect(scenario.simulator.pulls.runs(REPO).map((run) => run.headSha)).toEqual([pull.headSha]);
  });

  test("a redelivered event is acknowledged and ignored, even when asked for again", async () => {
    await start();
    const pull = scenario.simulator.pulls.open(REPO, { "docs/notes.md": "# Notes\n" });
    const [run] = [scenario.simulator.pulls.checkRunRerequested(pull, { id: 1, repository: REPO, name: "Relais", headSha: pull.headSha, status: "completed", conclusion: "neutral", externalId: String(pull.number), title: "", summary: "" })];
    for (let delivery = 0; delivery < 2; delivery++) await scenario.app.deliver("check_run", run, { id: "delivery-1" });
    await scenario.app.relais.idle();
    expect(scenario.simulator.pulls.runs(REPO)).toHaveLength(1);
  });
});
