/**
 * Several instances on Redis: a first install of 1,000 simulated repositories (50 installations of
 * 20; half of them lacking documents, so they get a label and an issue, half ready) on one instance,
 * then on two, each run on a fresh Redis and a fresh simulator that enforces GitHub's limits on a
 * clock 20 times faster (Relais's content windows scaled alike). Each instance is a separate process
 * running the built App through Probot's own `run`, with Probot's throttling clustered in the same
 * Redis (its write lane: one write a second per installation, in real time).
 *
 * Measured: time until every audit is done, requests, refusals, and the Redis commands spent per
 * audit (`INFO commandstats`, reset before the install; the bench itself polls the simulator, not Redis).
 *
 *   npm run build && npx vitest run --config bench/redis-vitest.config.ts
 *
 * RELAIS_BENCH_INSTALLATIONS and RELAIS_BENCH_PER_INSTALLATION change the size.
 */
import { expect, test } from "vitest";
import { scaledClock } from "../src/app/clock.js";
import { ensureBuilt } from "../test/support/built-app.js";
import { payloads } from "../test/support/github-app-harness.js";
import { missingDocsFiles, readyFiles } from "../test/support/github-fixtures.js";
import { GITHUB_LIMITS, GithubSimulator } from "../test/support/github-simulator.js";
import { startInstance, until } from "../test/support/relais-instances.js";
import { startRedis } from "../test/support/redis-server.js";

const SPEED = 20;
const INSTALLATIONS = Number(process.env.RELAIS_BENCH_INSTALLATIONS ?? 50);
const PER_INSTALLATION = Number(process.env.RELAIS_BENCH_PER_INSTALLATION ?? 20);
const REPOS = INSTALLATIONS * PER_INSTALLATION;

interface Result {
  instances: number;
  seconds: number;
  reads: number;
  writes: number;
  refused: number;
  audits: number;
  redisCalls: number;
  idlePerSecond: number;
  topCommands: [string, number][];
}

async function run(instanceCount: number): Promise<Result> {
  const redis = await startRedis();
  const clock = scaledClock(SPEED);
  const at = { real: performance.now(), simulated: clock.now() };
  // Real time (performance.now()) of the simulator's last request: its log is on the scaled clock.
  const lastRequestAt = () => at.real + ((simulator.requests.at(-1)?.at ?? at.simulated) - at.simulated) / SPEED;
  const simulator = new GithubSimulator({ clock, limits: GITHUB_LIMITS });
  await simulator.start();
  for (let installation = 1; installation <= INSTALLATIONS; installation++) {
    simulator.addInstallation(installation, `org${installation}`);
    for (let index = 0; index < PER_INSTALLATION; index++) simulator.addRepository(`org${installation}/projet-${index}`, index % 2 ? readyFiles() : missingDocsFiles(), { installationId: installation });
  }
  const windows = [{ ms: 60_000 / SPEED, max: 80 }, { ms: 3_600_000 / SPEED, max: 500 }];
  const instances = await Promise.all(Array.from({ length: instanceCount }, () => startInstance({ redisUrl: redis.url, githubUrl: simulator.url, contentWindows: windows, lockMs: 30_000 })));
  const stats = redis.client();
  await stats.config("RESETSTAT");
  const started = performance.now();
  try {
    for (let installation = 1; installation <= INSTALLATIONS; installation++) {
      expect(await instances[installation % instanceCount]!.deliver("installation", payloads.installationCreated(installation, `org${installation}`))).toBe(200);
    }
    const queries = () => simulator.requests.filter((request) => request.path === "/graphql" && request.status === 200).length;
    const issues = () => [...simulator.repositories.values()].reduce((sum, repository) => sum + repository.issues.length, 0);
    await until("every audit", () => queries() >= REPOS && issues() >= REPOS / 2, 25 * 60_000, () => `${queries()} queries, ${issues()} issues, ${JSON.stringify(simulator.rejected)}\n${instances.map((instance) => instance.output.join("").slice(-2_000)).join("\n")}`);
    // Done when GitHub hears nothing more for two seconds.
    await until("quiet", () => performance.now() - lastRequestAt() > 2_000, 60_000);
    const seconds = (lastRequestAt() - started) / 1000;
    const commandstats = String(await stats.info("commandstats"));
    const calls = [...commandstats.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)].map(([, name, count]) => [name!, Number(count)] as [string, number]);
    const redisCalls = calls.reduce((sum, [, count]) => sum + count, 0);
    // What idle instances spend anyway (BullMQ's stalled checks and lock renewals, Bottleneck's heartbeats).
    await stats.config("RESETSTAT");
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const idle = [...String(await stats.info("commandstats")).matchAll(/^cmdstat_[^:]+:calls=(\d+)/gm)].reduce((sum, [, count]) => sum + Number(count), 0) / 10;
    for (const repository of simulator.repositories.values()) expect(repository.issues.length).toBeLessThanOrEqual(1);
    return {
      instances: instanceCount,
      seconds,
      reads: simulator.requests.filter((request) => request.kind === "read").length,
      writes: simulator.requests.filter((request) => request.kind === "write").length,
      refused: simulator.rejected.primary + simulator.rejected.secondary + simulator.rejected.concurrent,
      audits: queries(),
      redisCalls,
      idlePerSecond: idle,
      topCommands: calls.sort((a, b) => b[1] - a[1]).slice(0, 6),
    };
  } finally {
    for (const instance of instances) instance.child.kill("SIGTERM");
    await Promise.all(instances.map((instance) => instance.exited));
    await simulator.stop();
    await redis.stop();
  }
}

test(`first install of ${REPOS} repositories on one and on two instances`, async () => {
  ensureBuilt();
  const rows: string[] = [];
  for (const count of [1, 2]) {
    const result = await run(count);
    rows.push(`| ${result.instances} | ${result.seconds.toFixed(1)} | ${result.audits} | ${result.reads} | ${result.writes} | ${result.refused} | ${result.redisCalls} | ${(result.redisCalls / result.audits).toFixed(1)} | ${((result.redisCalls - result.idlePerSecond * result.seconds) / result.audits).toFixed(1)} | ${result.idlePerSecond.toFixed(0)} | ${result.topCommands.map(([name, calls]) => `${name} ${calls}`).join(", ")} |`);
    expect(result.refused).toBe(0);
  }
  console.log(["| instances | time (s) | audits | reads | writes | refused | Redis commands | per audit | per audit, idle rate aside | idle commands/s | most called |", "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|", ...rows].join("\n"));
});
