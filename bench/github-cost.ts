/**
 * GitHub API cost of the App: requests per repository audit, and a first install on a simulated
 * organisation of 1,000 repositories with GitHub's limits enforced by the simulator (5,000 requests an
 * hour, 100 concurrent, 80 content creations a minute and 500 an hour). The App, Probot, Octokit and
 * the simulator share a scaled clock (SCALE times real time), so simulated hours pass in minutes; the
 * Octokit throttling plugin's pacing of writes (one a second, one notification-triggering write every
 * three seconds, per installation) is kept on that clock, and so is Relais's GraphQL read lane (one
 * query at a time, at least 50 ms apart: src/sources/github-read-lane.ts).
 *
 * The scale is 20, not more: every request also costs some real milliseconds inside this one process
 * (Octokit's Bottleneck queues, the simulator), which the scale multiplies; at ×200 those ~25 ms became
 * 5 simulated seconds per query, far more than GitHub's real answer time. At ×20 they add ~0.5 s, on
 * top of the simulator's LATENCY_MS, which errs on the slow side.
 *
 *   npx vitest run --config bench/github-vitest.config.ts
 *
 * Prints a Markdown summary; RELAIS_BENCH_REPOS and RELAIS_BENCH_SCALE change the size and the speed-up.
 */
import { expect, test } from "vitest";
import { scaledClock } from "../src/app/clock.js";
import { payloads, startApp } from "../test/support/github-app-harness.js";
import { missingDocsFiles, noLicenceFiles, ORGANISATION_CONFIG, readyFiles, CONTRIBUTING } from "../test/support/github-fixtures.js";
import { GITHUB_LIMITS, GithubSimulator, type LoggedRequest } from "../test/support/github-simulator.js";

const REPOS = Number(process.env.RELAIS_BENCH_REPOS ?? 1000);
const SCALE = Number(process.env.RELAIS_BENCH_SCALE ?? 20);
/** GitHub's answer time as the simulator adds it, in simulated milliseconds. */
const LATENCY_MS = 200;

function count(requests: readonly LoggedRequest[]) {
  const reads = requests.filter((request) => request.kind === "read").length;
  const writes = requests.filter((request) => request.kind === "write").length;
  return { reads, writes };
}

test("requests per repository audit", async () => {
  const simulator = new GithubSimulator();
  await simulator.start();
  simulator.addInstallation(1, "eig");
  simulator.addRepository("eig/.github", { ".github/relais.yml": ORGANISATION_CONFIG });
  simulator.addRepository("eig/outil", missingDocsFiles());
  simulator.addRepository("eig/pret", readyFiles());
  const app = await startApp(simulator, { logLevel: "warn" });
  const rows: string[] = [];
  const step = async (label: string, repository: string, change?: Record<string, string | Buffer | undefined>) => {
    if (change) simulator.push(repository, change);
    const mark = simulator.requests.length;
    await app.deliver("push", payloads.push(1, repository));
    await app.relais.idle();
    const { reads, writes } = count(simulator.requests.slice(mark));
    rows.push(`| ${label} | ${reads} | ${writes} | ${simulator.since(mark).join(", ")} |`);
    return { reads, writes };
  };
  await step("first audit, repository ready (no issue)", "eig/pret");
  await step("first audit, documents missing (label + issue created)", "eig/outil");
  const unchanged = await step("re-audit, nothing changed", "eig/outil");
  await step("re-audit after a push that changes no finding", "eig/outil", { "index.js": "module.exports = 2;\n" });
  await step("push fixing one gap (body rewritten)", "eig/outil", { "CONTRIBUTING.md": CONTRIBUTING });
  await step("push fixing the rest (issue closed + comment)", "eig/outil", readyFiles());
  await step("re-audit of the ready repository with its closed issue", "eig/outil");
  await step("regression (issue reopened + comment)", "eig/outil", { "CONTRIBUTING.md": undefined, "README.md": "# Outil\n" });
  await app.close();
  await simulator.stop();
  console.log(["| audit | reads | writes | requests |", "|---|---:|---:|---|", ...rows].join("\n"));
  expect(unchanged).toEqual({ reads: 2, writes: 0 });
});

test(`first install on an organisation of ${REPOS} repositories, GitHub's limits enforced`, async () => {
  const clock = scaledClock(SCALE);
  const simulator = new GithubSimulator({ clock, limits: GITHUB_LIMITS, latencyMs: LATENCY_MS / SCALE });
  await simulator.start();
  simulator.addInstallation(1, "eig");
  simulator.addRepository("eig/.github", { ".github/relais.yml": ORGANISATION_CONFIG });
  const kinds = [readyFiles, missingDocsFiles, noLicenceFiles];
  for (let index = 0; index < REPOS; index++) simulator.addRepository(`eig/defi-${String(index).padStart(4, "0")}`, kinds[index % 3]!());
  const failing = [...simulator.repositories.values()].filter((repository) => !repository.files.has("CONTRIBUTING.md") && repository.name !== ".github").length;

  const app = await startApp(simulator, { clock, logLevel: "warn", writeSpacingMs: 1_000, notificationSpacingMs: 3_000, retryBaseMs: 1_000 / SCALE, readConcurrency: 8 });
  const start = clock.now();
  const realStart = performance.now();
  const answer = await app.deliver("installation", payloads.installationCreated(1, "eig"));
  await app.relais.idle();
  const realSeconds = (performance.now() - realStart) / 1000;
  await app.close();
  await simulator.stop();

  const requests = simulator.requests;
  const minutes = (at: number) => ((at - start) / 60_000).toFixed(1);
  const lastQuery = Math.max(...requests.filter((request) => request.path === "/graphql").map((request) => request.at));
  const creations = requests.filter((request) => request.method === "POST" && /\/issues$/.test(request.path) && request.status === 201).map((request) => request.at);
  const maxIn = (ms: number) => Math.max(0, ...creations.map((at) => creations.filter((other) => other >= at && other < at + ms).length));
  const issues = [...simulator.repositories.values()].reduce((sum, repository) => sum + repository.issues.length, 0);
  const queries = requests.filter((request) => request.path === "/graphql").map((request) => request.at);
  const queriesPerMinute = Math.max(...queries.map((at) => queries.filter((other) => other >= at && other < at + 60_000).length));
  const hourly = Math.max(...requests.map((request) => requests.filter((other) => other.at >= request.at && other.at < request.at + 3_600_000).length));
  const { reads, writes } = count(requests);
  const auth = requests.length - reads - writes;
  const drained = Math.max(...creations);
  const firstHour = creations.filter((at) => at < start + 3_600_000).length;

  console.log(
    [
      `| measure | value |`,
      `|---|---|`,
      `| repositories | ${REPOS} (${failing} lacking a required document) |`,
      `| webhook answered | HTTP ${answer.status} in ${answer.ms.toFixed(0)} ms (real) |`,
      `| every repository read and audited | ${minutes(lastQuery)} simulated minutes |`,
      `| issues created | ${issues} of ${failing} expected; last one at ${minutes(drained)} simulated minutes |`,
      `| issues created in the first hour | ${firstHour} |`,
      `| most creations in any minute / any hour | ${maxIn(60_000)} / ${maxIn(3_600_000)} |`,
      `| requests | ${requests.length}: ${reads} reads, ${writes} writes, ${auth} App/token |`,
      `| most requests in any hour | ${hourly} |`,
      `| most GraphQL queries in any minute | ${queriesPerMinute} |`,
      `| requests refused (primary / secondary / concurrency) | ${simulator.rejected.primary} / ${simulator.rejected.secondary} / ${simulator.rejected.concurrent} |`,
      `| real time (scale ×${SCALE}) | ${realSeconds.toFixed(1)} s |`,
    ].join("\n"),
  );
  expect(issues).toBe(failing);
  expect(simulator.rejected).toEqual({ primary: 0, secondary: 0, concurrent: 0 });
});
