/**
 * Two Relais processes on one Redis, against a GitHub simulator that enforces GitHub's limits (on a
 * clock 20 times faster, so a minute's content window is 3 s). A first install of 200 repositories
 * over 40 installations, deliveries sent to both instances (some twice), one instance SIGKILLed half
 * way: every repository gets exactly one issue, no request is refused for a limit, no audit ends
 * failed, the periodic re-audit fires once for both instances, and SIGTERM shuts the survivor down
 * cleanly.
 */
import { Queue } from "bullmq";
import { afterAll, beforeAll, expect, test } from "vitest";
import { scaledClock } from "../../src/app/clock.js";
import { ensureBuilt } from "../support/built-app.js";
import { payloads } from "../support/github-app-harness.js";
import { GITHUB_LIMITS, GithubSimulator } from "../support/github-simulator.js";
import { startInstance, until, type Instance } from "../support/relais-instances.js";
import { startRedis, type RedisServer } from "../support/redis-server.js";

const SPEED = 20;
const INSTALLATIONS = 40;
const PER_INSTALLATION = 5;
const SCHEDULE_MS = 45_000;

let redis: RedisServer;
let simulator: GithubSimulator;
const instances: Instance[] = [];
let t0 = 0;
let s0 = 0;

beforeAll(async () => {
  ensureBuilt();
  redis = await startRedis();
  const clock = scaledClock(SPEED);
  t0 = Date.now();
  s0 = clock.now();
  simulator = new GithubSimulator({ clock, limits: { ...GITHUB_LIMITS, contentPerMinute: 1 } });
  await simulator.start();
  for (let installation = 1; installation <= INSTALLATIONS; installation++) {
    simulator.addInstallation(installation, `org${installation}`);
    for (let index = 0; index < PER_INSTALLATION; index++) simulator.addRepository(`org${installation}/projet-${index}`, { "README.md": "# Projet\n" }, { installationId: installation });
  }
}, 180_000);

afterAll(async () => {
  for (const instance of instances) if (instance.child.exitCode === null) instance.child.kill("SIGKILL");
  await Promise.all(instances.map((instance) => instance.exited));
  await simulator?.stop();
  await redis?.stop();
});

test("a first install of 200 repositories survives one of two instances killed half way", async () => {
  // The content window as Relais counts it, in real milliseconds: one creation per simulated minute.
  const options = { redisUrl: redis.url, githubUrl: simulator.url, scheduleMs: SCHEDULE_MS, contentWindows: [{ ms: 60_000 / SPEED + 50, max: 1 }], lockMs: 5_000 };
  const [a, b] = await Promise.all([startInstance(options), startInstance(options)]);
  instances.push(a!, b!);
  const started = Date.now();

  for (let installation = 1; installation <= INSTALLATIONS; installation++) {
    const id = `install-${installation}`;
    expect(await (installation % 2 ? a! : b!).deliver("installation", payloads.installationCreated(installation, `org${installation}`), id)).toBe(200);
    // GitHub redelivers; a load balancer may send the copy to the other instance.
    if (installation % 4 === 0) expect(await (installation % 2 ? b! : a!).deliver("installation", payloads.installationCreated(installation, `org${installation}`), id)).toBe(200);
  }

  const state = () => {
    const counts = new Map<string, number>();
    for (const request of simulator.requests) {
      const key = `${request.method} ${request.path.replace(/^\/repos\/[^/]+\/[^/]+/, "/repos/R").replace(/\/\d+\//, "/N/")} ${request.status}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const creations = simulator.requests.filter((request) => request.method === "POST" && /\/issues$/.test(request.path));
    const gaps = creations.filter((request) => request.status === 403).map((refused) => {
      const before = creations.filter((request) => request.installationId === refused.installationId && request.at < refused.at && request.status === 201).at(-1);
      const wall = (at: number) => Math.round(t0 + (at - s0) / SPEED);
      const list = creations.filter((request) => request.installationId === refused.installationId).map((request) => `${wall(request.at)}:${request.status}`).join(" ");
      return `installation ${refused.installationId}: ${before ? ((refused.at - before.at) / SPEED).toFixed(0) : "none"} ms after the previous creation; ${list}`;
    });
    return `${gaps.join("\n")}\nissues ${issues()}, rejected ${JSON.stringify(simulator.rejected)}\n${[...counts].map(([key, count]) => `${key}: ${count}`).join("\n")}\n${instances.map((instance) => instance.output.join("").slice(-3_000)).join("\n---\n")}`;
  };
  const issues = () => [...simulator.repositories.values()].reduce((sum, repository) => sum + repository.issues.length, 0);
  await until("half the issues", () => issues() >= 100, 150_000, state);
  a!.child.kill("SIGKILL");
  expect((await a!.exited).signal).toBe("SIGKILL");

  await until("an issue on every repository", () => issues() >= INSTALLATIONS * PER_INSTALLATION, 180_000, state);
  const listings = () => simulator.requests.filter((request) => request.method === "GET" && request.path === "/app/installations").length;
  await until("the periodic re-audit", () => listings() >= 1, SCHEDULE_MS + 30_000);
  const queue = new Queue("audits", { connection: redis.client(), prefix: "relais" });
  const counts = () => queue.getJobCounts("waiting", "active", "delayed", "prioritized", "completed", "failed");
  let last = "";
  await until("an empty queue", async () => {
    const now = await counts();
    last = JSON.stringify(now);
    // The scheduler's next run is always there, delayed.
    return (now.waiting ?? 0) + (now.active ?? 0) + (now.prioritized ?? 0) === 0 && now.delayed === (await queue.getJobSchedulersCount());
  }, 120_000, () => `${last}\n${state()}`);
  const elapsed = Date.now() - started;

  b!.child.kill("SIGTERM");
  expect(await b!.exited).toEqual({ code: 0, signal: null });

  const context = `\n${state()}`;
  for (const repository of simulator.repositories.values()) expect(repository.issues.length, `${repository.owner}/${repository.name}${context}`).toBe(1);
  expect(simulator.rejected, context).toEqual({ primary: 0, secondary: 0, concurrent: 0 });
  // Each installation listed once at install, however many copies of its delivery arrived.
  expect(simulator.requests.filter((request) => request.path === "/installation/repositories").length).toBe(INSTALLATIONS * (1 + listings()));
  // One scheduler for both instances: runs a period apart, never one per instance at the same time.
  const runs = simulator.requests.filter((request) => request.method === "GET" && request.path === "/app/installations").map((request) => request.at / SPEED);
  expect(runs.length).toBeLessThanOrEqual(Math.ceil(elapsed / SCHEDULE_MS));
  for (let index = 1; index < runs.length; index++) expect(runs[index]! - runs[index - 1]!).toBeGreaterThan(SCHEDULE_MS * 0.8);
  expect(await queue.getJobCounts("failed")).toEqual({ failed: 0 });
  // Probot's own throttling clustered through the same Redis (Bottleneck's keys).
  expect((await redis.client().keys("b_*")).length).toBeGreaterThan(0);
  await queue.close();
}, 600_000);
