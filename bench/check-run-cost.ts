/**
 * GitHub API cost of the pull-request check runs: requests per pull-request audit, through the real
 * Probot server, Octokit and signed webhooks, against the simulator of the tests.
 *
 *   npx vitest run --config bench/check-run-vitest.config.ts
 *
 * Prints a Markdown table (reads, writes, the requests), and the burst of ten synchronize events with
 * and without the settling wait.
 */
import { expect, test } from "vitest";
import { startScenario, type Scenario } from "../test/support/github-app-harness.js";
import { ORGANISATION_CONFIG, readyFiles } from "../test/support/github-fixtures.js";
import type { LoggedRequest } from "../test/support/github-simulator.js";

const REPO = "eig/outil";
const FORK = "contributrice/outil";
const PRIVATE_FORK = "discrete/outil";

function count(requests: readonly LoggedRequest[]) {
  return { reads: requests.filter((request) => request.kind === "read").length, writes: requests.filter((request) => request.kind === "write").length };
}

/** "GET /repos/eig/outil/git/trees/0a1b…" → "tree (eig/outil)" */
function short(line: string): string {
  return line
    .replace(/^GET \/repos\/([^/]+\/[^/]+)\/git\/trees\/\w+/, "tree ($1)")
    .replace(/^POST \/graphql/, "GraphQL")
    .replace(/^POST \/repos\/[^/]+\/[^/]+\/check-runs/, "create check run")
    .replace(/^GET \/repos\/[^/]+\/[^/]+\/pulls\/\d+/, "get pull request")
    .replace(/^GET \/repos\/[^/]+\/[^/]+\/commits\/\w+\/pulls/, "pull requests of the commit");
}

async function scene(settleMs: number): Promise<Scenario> {
  return startScenario(
    ORGANISATION_CONFIG,
    (github) => {
      github.addRepository(REPO, readyFiles(), { permissions: { alice: "write" } });
      github.addRepository(FORK, readyFiles(), { fork: true, installationId: 99 });
      github.addRepository(PRIVATE_FORK, readyFiles(), { fork: true, private: true, installationId: 99 });
    },
    { checkRunSettleMs: settleMs, logLevel: "warn" },
  );
}

test("requests per pull-request audit", async () => {
  const scenario = await scene(20);
  const { simulator, app } = scenario;
  const rows: string[] = [];
  const step = async (label: string, event: string, payload: object) => {
    const mark = simulator.requests.length;
    await app.deliver(event, payload);
    await app.relais.idle();
    const { reads, writes } = count(simulator.requests.slice(mark));
    rows.push(`| ${label} | ${reads} | ${writes} | ${simulator.since(mark).map(short).join(", ") || "none"} |`);
    return { reads, writes };
  };
  const pulls = simulator.pulls;

  const cold = pulls.open(REPO, { LICENSE: undefined });
  const unknown = await step("opened, base not known (first after a restart)", "pull_request", pulls.payload(cold, "opened"));
  await scenario.push(REPO); // the default branch's audit, whose report is kept
  const pull = pulls.open(REPO, { "INSTALL.md": "# Installation\n\n```sh\nnpm ci\n```\n" });
  const known = await step("opened, base = the default branch's last audit", "pull_request", pulls.payload(pull, "opened"));
  pulls.push(pull, { "docs/notes.md": "# Notes\n" });
  await step("synchronize (a new head)", "pull_request", pulls.payload(pull, "synchronize"));
  await step("reopened, head already checked", "pull_request", pulls.payload(pull, "reopened"));
  await step("re-run button (check_run.rerequested)", "check_run", pulls.checkRunRerequested(pull, pulls.runs(REPO).at(-1)!));
  await step("`/relais recheck` comment on the pull request", "issue_comment", pulls.comment(pull, "alice", "/relais recheck"));
  const fork = pulls.open(REPO, { "SECURITY.md": "# Sécurité\n\nsecurite@example.org\n" }, { fork: FORK });
  await step("opened from a public fork", "pull_request", pulls.payload(fork, "opened"));
  await step("re-run all checks on a fork's suite (lists no pull request)", "check_suite", pulls.checkSuiteRerequested(fork));
  const hidden = pulls.open(REPO, { "docs/notes.md": "# Notes\n" }, { fork: PRIVATE_FORK });
  await step("opened from a private fork (cannot be read)", "pull_request", pulls.payload(hidden, "opened"));
  await scenario.close();

  console.log(["| pull-request event | reads | writes | requests (the recheck's permission check included) |", "|---|---:|---:|---|", ...rows].join("\n"));
  expect(known).toEqual({ reads: 2, writes: 1 });
  expect(unknown).toEqual({ reads: 4, writes: 1 });
});

test("ten synchronize events in a second", async () => {
  const lines: string[] = [];
  for (const settleMs of [0, 2_000]) {
    const scenario = await scene(settleMs);
    const { simulator, app } = scenario;
    await scenario.push(REPO);
    const pull = simulator.pulls.open(REPO, { "docs/notes.md": "# Notes\n" });
    const mark = simulator.requests.length;
    for (let push = 1; push <= 10; push++) {
      simulator.pulls.push(pull, { "docs/notes.md": `# Notes\n\nVersion ${push}.\n` });
      await app.deliver("pull_request", simulator.pulls.payload(pull, "synchronize"));
    }
    await app.relais.idle();
    const requests = simulator.requests.slice(mark);
    const { reads, writes } = count(requests);
    const audits = requests.filter((request) => /\/git\/trees\//.test(request.path)).length;
    lines.push(`| ${settleMs === 0 ? "no settling (one running, one waiting)" : `settling ${settleMs / 1000} s (default)`} | ${audits} | ${reads} | ${writes} | ${simulator.pulls.runs(REPO).at(-1)?.headSha === pull.headSha ? "yes" : "no"} |`);
    await scenario.close();
  }
  console.log(["| ten synchronize deliveries | audits | reads | writes | last check run on the newest head |", "|---|---:|---:|---:|---|", ...lines].join("\n"));
});
