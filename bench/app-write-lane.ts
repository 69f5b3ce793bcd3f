/**
 * Write faults that do not end, on an installation of 30 repositories: one repository whose issue
 * creation always fails (how long the 29 others wait for their issue, how long until the App has given
 * the faulty one up), and every issue update failing (how long the last repository waits for its turn
 * in the write lane). Production timings on a
 * clock 20 times faster than real time: Octokit's pacing of writes (one a second per installation),
 * the writer's 2 s back-off, the retry policy's 1, 4 and 16 minutes.
 *
 *   npx vitest run --config bench/memory-vitest.config.ts bench/app-write-lane.ts
 */
import { expect, test } from "vitest";
import { scaledClock } from "../src/app/clock.js";
import { DEFAULT_RETRY_POLICY } from "../src/app/retry-policy.js";
import { payloads, startApp } from "../test/support/github-app-harness.js";
import { CONTRIBUTING, missingDocsFiles, ORGANISATION_CONFIG } from "../test/support/github-fixtures.js";
import { GithubSimulator } from "../test/support/github-simulator.js";

const SCALE = 20;

test("one repository's persistent write fault among 30", async () => {
  const clock = scaledClock(SCALE);
  const simulator = new GithubSimulator({ clock, latencyMs: 200 / SCALE });
  await simulator.start();
  simulator.addInstallation(1, "eig");
  simulator.addRepository("eig/.github", { ".github/relais.yml": ORGANISATION_CONFIG });
  const healthy = Array.from({ length: 29 }, (_, index) => `eig/projet-${index}`);
  for (const name of ["eig/bloque", ...healthy]) simulator.addRepository(name, missingDocsFiles());
  simulator.inject({ method: "POST", path: /^\/repos\/eig\/bloque\/issues$/, status: 500, times: 1_000_000 });
  const app = await startApp(simulator, { clock, logLevel: "error", writeSpacingMs: 1_000, notificationSpacingMs: 3_000, retryBaseMs: 1_000 / SCALE, backoffMs: 2_000, retry: DEFAULT_RETRY_POLICY });
  const start = clock.now();
  await app.deliver("installation_repositories", payloads.repositoriesAdded(1, ["eig/bloque", ...healthy]));
  let othersDone: number | undefined;
  const watch = setInterval(() => {
    if (othersDone === undefined && healthy.every((name) => simulator.issues(name).length === 1)) othersDone = clock.now() - start;
  }, 10);
  await app.relais.idle();
  clearInterval(watch);
  const settled = clock.now() - start;
  othersDone ??= settled;
  const blocked = simulator.requests.filter((request) => request.path === "/repos/eig/bloque/issues" && request.method === "POST").length;
  console.log(["", "| measure | simulated time |", "|---|---:|", `| the 29 healthy repositories all have their issue | ${(othersDone / 1000).toFixed(0)} s |`, `| settled (the faulty one given up) | ${(settled / 1000).toFixed(0)} s |`, `| creations tried for the faulty one | ${blocked} |`, ""].join("\n"));
  expect(healthy.every((name) => simulator.issues(name).length === 1)).toBe(true);
  await app.close();
  await simulator.stop();
});

test("every update failing on 30 repositories", async () => {
  const clock = scaledClock(SCALE);
  const simulator = new GithubSimulator({ clock, latencyMs: 200 / SCALE });
  await simulator.start();
  simulator.addInstallation(1, "eig");
  simulator.addRepository("eig/.github", { ".github/relais.yml": ORGANISATION_CONFIG });
  const names = Array.from({ length: 30 }, (_, index) => `eig/projet-${index}`);
  for (const name of names) simulator.addRepository(name, missingDocsFiles());
  const app = await startApp(simulator, { clock, logLevel: "error", writeSpacingMs: 1_000, notificationSpacingMs: 3_000, retryBaseMs: 1_000 / SCALE, backoffMs: 2_000, retry: DEFAULT_RETRY_POLICY });
  await app.deliver("installation_repositories", payloads.repositoriesAdded(1, names));
  await app.relais.idle();
  // Every repository changes, and every PATCH of an issue now fails.
  for (const name of names) simulator.push(name, { "CONTRIBUTING.md": CONTRIBUTING });
  simulator.inject({ method: "PATCH", path: /\/issues\/\d+$/, status: 500, times: 1_000_000 });
  const mark = simulator.requests.length;
  const start = clock.now();
  for (const name of names) await app.deliver("push", payloads.push(1, name));
  await app.relais.idle();
  const patches = simulator.requests.slice(mark).filter((request) => request.method === "PATCH");
  const firstPatch = new Map<string, number>();
  for (const request of patches) {
    const repository = request.path.split("/").slice(2, 4).join("/");
    if (!firstPatch.has(repository)) firstPatch.set(repository, request.at - start);
  }
  const lastFirst = Math.max(...firstPatch.values());
  console.log(["", "| measure | value |", "|---|---:|", `| the last repository's first update sent after | ${(lastFirst / 1000).toFixed(0)} s (simulated) |`, `| updates tried in all | ${patches.length} |`, ""].join("\n"));
  expect(firstPatch.size).toBe(30);
  await app.close();
  await simulator.stop();
});
