/**
 * Memory of the App over many audits: heap used (after a full garbage collection) as the same
 * installation is audited again and again through the real Probot app, Octokit and the GitHub
 * simulator. The App keeps nothing per audit (no outcome list: `onOutcome` and counters), so the heap
 * should stay flat once the first pass has warmed the caches.
 *
 *   npx vitest run --config bench/memory-vitest.config.ts bench/app-memory.ts
 *
 * RELAIS_BENCH_AUDITS (default 10,000) and RELAIS_BENCH_REPOS (default 100) change the size. The
 * simulator's request log and the harness's outcome list are the bench's, not the App's: they are
 * emptied between passes so that they do not count. RELAIS_BENCH_SNAPSHOTS=DIR writes heap snapshots
 * after the second and the last pass, to compare what grew (so far: only compiled code).
 */
import { setFlagsFromString, writeHeapSnapshot } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, test } from "vitest";
import { startApp } from "../test/support/github-app-harness.js";
import { missingDocsFiles, ORGANISATION_CONFIG, readyFiles } from "../test/support/github-fixtures.js";
import { GithubSimulator } from "../test/support/github-simulator.js";

const AUDITS = Number(process.env.RELAIS_BENCH_AUDITS ?? 10_000);
const REPOS = Number(process.env.RELAIS_BENCH_REPOS ?? 100);

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function heapMb(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

test("heap after 10,000 audits", async () => {
  const simulator = new GithubSimulator();
  await simulator.start();
  simulator.addInstallation(1, "eig");
  simulator.addRepository("eig/.github", { ".github/relais.yml": ORGANISATION_CONFIG });
  for (let index = 0; index < REPOS; index++) simulator.addRepository(`eig/projet-${index}`, index % 2 === 0 ? missingDocsFiles() : readyFiles());
  const app = await startApp(simulator, { logLevel: "warn" });
  const passes = Math.ceil(AUDITS / REPOS);
  const rows: string[] = [];
  let audited = 0;
  let baseline = 0;
  const started = performance.now();
  for (let pass = 1; pass <= passes; pass++) {
    await app.relais.auditEverything();
    await app.relais.idle();
    simulator.requests.length = 0;
    app.outcomes.length = 0;
    app.logs.length = 0;
    audited = app.relais.counters.audited + app.relais.counters.skipped;
    if (pass === 1) baseline = heapMb();
    if (process.env.RELAIS_BENCH_SNAPSHOTS && (pass === 2 || pass === passes)) {
      heapMb();
      writeHeapSnapshot(`${process.env.RELAIS_BENCH_SNAPSHOTS}/pass-${pass}.heapsnapshot`);
    }
    if (pass === 1 || pass % Math.max(1, Math.floor(passes / 4)) === 0 || pass === passes) {
      const heap = heapMb();
      rows.push(`| ${audited.toLocaleString("en")} | ${heap.toFixed(1)} | ${(heap - baseline >= 0 ? "+" : "")}${(heap - baseline).toFixed(1)} |`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(["", `Audits: ${audited} (${REPOS} repositories × ${passes} passes) in ${seconds.toFixed(0)} s; counters ${JSON.stringify(app.relais.counters)}`, "", "| audits done | heap used after GC (MB) | since the first pass (MB) |", "|---:|---:|---:|", ...rows, ""].join("\n"));
  expect(app.relais.counters.failed).toBe(0);
  await app.close();
  await simulator.stop();
});
