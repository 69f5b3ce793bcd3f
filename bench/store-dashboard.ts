/**
 * The store and the dashboard at an operator's scale: 15,000 reports stored and read back (SQLite, and
 * PostgreSQL when RELAIS_TEST_POSTGRES_URL names a server), the dashboard's pages and exports on those
 * 15,000 repositories (server time per request, over local HTTP), and the catch-up after a restart on
 * 1,000 simulated repositories, 400 of them due, with GitHub's limits enforced on a scaled clock.
 *
 *   npx vitest run --config bench/store-vitest.config.ts
 *
 * RELAIS_BENCH_REPORTS (15000) and RELAIS_BENCH_REPOS (1000) change the sizes. Prints Markdown tables.
 */
import { statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import pg from "pg";
import { expect, test } from "vitest";
import { scaledClock } from "../src/app/clock.js";
import { createDashboardHandler } from "../src/dashboard/dashboard-handler.js";
import type { RuleId } from "../src/engine/types.js";
import { openStore } from "../src/store/open-store.js";
import { openSqlite } from "../src/store/sqlite-driver.js";
import { ANONYMOUS, type Store } from "../src/store/store.js";
import { startApp } from "../test/support/github-app-harness.js";
import { missingDocsFiles, noLicenceFiles, ORGANISATION_CONFIG, readyFiles } from "../test/support/github-fixtures.js";
import { GITHUB_LIMITS, GithubSimulator } from "../test/support/github-simulator.js";
import { tempTree } from "../test/support/temp-dir.js";
import { syntheticRecord } from "../test/store/synthetic-reports.js";

const REPORTS = Number(process.env.RELAIS_BENCH_REPORTS ?? 15_000);
const REPOS = Number(process.env.RELAIS_BENCH_REPOS ?? 1000);
const POSTGRES = process.env.RELAIS_TEST_POSTGRES_URL;
const FAILING: RuleId[][] = [[], ["readme"], ["install-docs", "architecture-schema"], ["licence-file", "licence-homologated"], ["contributing"], []];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => value.toFixed(value < 10 ? 2 : 0);

async function fill(store: Store): Promise<{ writeMs: number }> {
  const started = performance.now();
  for (let index = 0; index < REPORTS; index++) {
    const owner = `org-${String(index % 300).padStart(3, "0")}`;
    await store.recordAudit(syntheticRecord(`${owner}/defi-${String(index).padStart(5, "0")}`, { failing: FAILING[index % FAILING.length], visibility: index % 10 === 0 ? "private" : "public", licence: index % 7 === 0 ? null : "EUPL-1.2", issue: index % 6 === 0 ? null : { number: 1, state: "open" } }));
  }
  return { writeMs: performance.now() - started };
}

async function readBack(store: Store): Promise<{ lastAuditsMs: number; listAllMs: number; detailMs: number }> {
  let started = performance.now();
  const last = await store.lastAudits();
  const lastAuditsMs = performance.now() - started;
  expect(last.size).toBe(REPORTS);
  started = performance.now();
  let read = 0;
  for (let offset = 0; ; offset += 1000) {
    const { rows } = await store.listRepositories({ privateRepositories: [] }, { limit: 1000, offset });
    read += rows.length;
    if (rows.length < 1000) break;
  }
  const listAllMs = performance.now() - started;
  started = performance.now();
  for (let index = 0; index < 1000; index++) await store.repository(ANONYMOUS, `org-${String((index * 7) % 300).padStart(3, "0")}/defi-${String((index * 7) % REPORTS).padStart(5, "0")}`);
  const detailMs = (performance.now() - started) / 1000;
  expect(read).toBeGreaterThan(REPORTS * 0.85);
  return { lastAuditsMs, listAllMs, detailMs };
}

async function dashboardTimes(store: Store): Promise<[string, number, number][]> {
  const handler = createDashboardHandler({ store, sessionSecret: "bench" });
  const server = createServer((request, response) => void handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pages: [string, string, number][] = [
    ["overview (first page of 50, totals, chart)", "/relais", 15],
    ["filtered: one organisation, not ready", "/relais?org=org-042&state=not-ready", 15],
    ["filtered: rule readme missing, sorted by audit date", "/relais?rule=readme&sort=audited&desc=1", 15],
    ["search by name, page 3", "/relais?q=defi-1&page=3", 15],
    ["repository page", "/relais/repository/org-001/defi-00001", 15],
    ["export repositories.json (all public)", "/relais/repositories.json", 3],
    ["export repositories.csv (all public)", "/relais/repositories.csv", 3],
  ];
  const rows: [string, number, number][] = [];
  for (const [name, path, runs] of pages) {
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const response = await fetch(`${origin}${path}`);
      bytes = (await response.arrayBuffer()).byteLength;
      times.push(performance.now() - started);
      expect(response.status).toBe(200);
    }
    rows.push([name, median(times), bytes]);
  }
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return rows;
}

async function postgresDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: POSTGRES });
  await admin.connect();
  const name = `relais_bench_${process.pid}`;
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES!);
  url.pathname = `/${name}`;
  return url.toString();
}

test(`${REPORTS} reports stored, read back and shown`, async () => {
  const targets: [string, () => Promise<{ store: Store; size: () => Promise<number> }>][] = [
    [
      "SQLite",
      async () => {
        const path = join(tempTree({}), "relais.sqlite");
        return {
          store: await openStore(`sqlite:${path}`),
          size: async () => {
            const driver = openSqlite(path);
            await driver.run("PRAGMA wal_checkpoint(TRUNCATE)");
            await driver.close();
            return statSync(path).size;
          },
        };
      },
    ],
  ];
  if (POSTGRES)
    targets.push([
      "PostgreSQL",
      async () => {
        const url = await postgresDatabase();
        return {
          store: await openStore(url),
          size: async () => {
            const client = new pg.Client({ connectionString: url });
            await client.connect();
            const { rows } = await client.query("SELECT pg_database_size(current_database()) AS size");
            await client.end();
            return Number(rows[0].size);
          },
        };
      },
    ]);
  const storeRows: string[] = [];
  const pageRows: string[] = [];
  for (const [name, open] of targets) {
    const { store, size } = await open();
    const { writeMs } = await fill(store);
    const back = await readBack(store);
    const times = await dashboardTimes(store);
    await store.close();
    const bytes = await size();
    storeRows.push(`| ${name} | ${(writeMs / 1000).toFixed(1)} s (${ms(writeMs / REPORTS)} ms each) | ${ms(back.lastAuditsMs)} ms | ${ms(back.listAllMs)} ms | ${ms(back.detailMs)} ms | ${(bytes / 1024 / 1024).toFixed(1)} MB |`);
    for (const [page, median, length] of times) pageRows.push(`| ${name} | ${page} | ${ms(median)} ms | ${(length / 1024).toFixed(0)} KB |`);
  }
  console.log(
    [
      `| database | store ${REPORTS} audits (one transaction each) | last audit of every repository | list all, pages of 1,000 | one repository with report and history | database size |`,
      "|---|---|---:|---:|---:|---:|",
      ...storeRows,
      "",
      "| database | request | median server time | answer |",
      "|---|---|---:|---:|",
      ...pageRows,
    ].join("\n"),
  );
});

test(`catch-up after a restart on ${REPOS} repositories, 40 % of them due`, async () => {
  const databaseUrl = `sqlite:${join(tempTree({}), "relais.sqlite")}`;
  const kinds = [readyFiles, missingDocsFiles, noLicenceFiles];
  const names = Array.from({ length: REPOS }, (_, index) => `eig/defi-${String(index).padStart(4, "0")}`);

  // Before the restart: every repository audited once and its issue opened, quickly (no limits, no content windows).
  const setup = new GithubSimulator();
  await setup.start();
  setup.addInstallation(1, "eig");
  setup.addRepository("eig/.github", { ".github/relais.yml": ORGANISATION_CONFIG });
  names.forEach((name, index) => setup.addRepository(name, kinds[index % 3]!()));
  let store = await openStore(databaseUrl);
  const setupStart = performance.now();
  const before = await startApp(setup, { store, catchUpJitterMs: 0, logLevel: "warn", querySpacingMs: 0, readConcurrency: 16, contentWindows: [] });
  await new Promise((resolve) => setTimeout(resolve, 50));
  await before.relais.idle();
  await before.close();
  await store.close();
  console.log(`(set-up: first audit of ${REPOS} repositories without limits took ${((performance.now() - setupStart) / 1000).toFixed(0)} s)`);

  // The process was down for a day for 40 % of them (their audit is older than the interval); 10 % were never stored.
  const driver = openSqlite(databaseUrl.slice("sqlite:".length));
  await driver.run("UPDATE repositories SET audited_at = '2020-01-01T00:00:00.000Z' WHERE CAST(SUBSTR(repository, -4) AS INTEGER) % 10 IN (1, 2, 3)");
  await driver.run("DELETE FROM repositories WHERE CAST(SUBSTR(repository, -4) AS INTEGER) % 10 = 4");
  await driver.close();

  // The restart, with GitHub's limits on a scaled clock like bench/github-cost.ts.
  const SCALE = 20;
  const clock = scaledClock(SCALE);
  const simulator = new GithubSimulator({ clock, limits: GITHUB_LIMITS, latencyMs: 200 / SCALE });
  await simulator.start();
  simulator.addInstallation(1, "eig");
  // The same repositories, with the issues and labels the first process left.
  simulator.addRepository("eig/.github", { ".github/relais.yml": ORGANISATION_CONFIG });
  names.forEach((name, index) => {
    const repository = simulator.addRepository(name, kinds[index % 3]!());
    const previous = setup.repository(name);
    repository.issues.push(...previous.issues);
    for (const label of previous.labels) repository.labels.add(label);
  });
  await setup.stop();
  store = await openStore(databaseUrl);
  const startAt = clock.now();
  const realStart = performance.now();
  const app = await startApp(simulator, { store, clock, catchUpJitterMs: 0, logLevel: "warn", writeSpacingMs: 1_000, notificationSpacingMs: 3_000, retryBaseMs: 1_000 / SCALE });
  await new Promise((resolve) => setTimeout(resolve, 50));
  await app.relais.idle();
  const simulatedMinutes = (clock.now() - startAt) / 60_000;
  const realSeconds = (performance.now() - realStart) / 1000;
  await app.close();
  const requests = simulator.requests;
  const trees = requests.filter((request) => request.path.endsWith("/git/trees/HEAD")).length;
  const writes = requests.filter((request) => request.kind === "write").length;
  if (process.env.RELAIS_BENCH_DEBUG) console.log(requests.filter((request) => request.kind === "write").map((request) => `${request.method} ${request.path} ${request.status}`).join("\n"));
  const last = await store.lastAudits();
  await store.close();
  await simulator.stop();
  const issues = [...simulator.repositories.values()].map((repository) => repository.issues.length);
  console.log(
    [
      "| measure | value |",
      "|---|---|",
      `| repositories installed | ${REPOS + 1} (the organisation's .github included) |`,
      `| due at restart (stale or never stored) | ${names.filter((_, index) => [1, 2, 3, 4].includes(index % 10)).length} |`,
      `| repositories read again | ${trees} |`,
      `| every due audit done | ${simulatedMinutes.toFixed(1)} simulated minutes (${realSeconds.toFixed(1)} s real at ×${SCALE}) |`,
      `| requests | ${requests.length}: ${requests.length - writes} reads and tokens, ${writes} writes |`,
      `| repositories with more than one issue | ${issues.filter((count) => count > 1).length} |`,
    ].join("\n"),
  );
  expect(last.size).toBe(REPOS + 1);
  expect(issues.every((count) => count <= 1)).toBe(true);
});
