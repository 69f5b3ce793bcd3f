/**
 * Nothing lost on restart: the App is killed with SIGKILL while it opens the first issues of an
 * installation; started again on the same database, it finishes the installation (catch-up at start)
 * and no repository gets a second issue.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { sign } from "@octokit/webhooks-methods";
import { build } from "rolldown";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { payloads, WEBHOOK_SECRET } from "../support/github-app-harness.js";
import { missingDocsFiles, ORGANISATION_CONFIG } from "../support/github-fixtures.js";
import { GithubSimulator } from "../support/github-simulator.js";
import { tempTree } from "../support/temp-dir.js";
import { openStore } from "../../src/store/open-store.js";

const children: ChildProcess[] = [];
let simulator: GithubSimulator | undefined;
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  await simulator?.stop();
});

/** The child runs the TypeScript sources bundled by rolldown (vite's bundler; Node 20 cannot strip types). */
const BUNDLE = join(".tmp-dist", `app-process-${process.pid}`);
beforeAll(async () => {
  await build({ input: "test/dashboard/app-process.ts", platform: "node", external: (id) => !id.startsWith(".") && !isAbsolute(id), output: { dir: BUNDLE, format: "esm" }, logLevel: "silent" });
});
afterAll(() => rmSync(BUNDLE, { recursive: true, force: true }));

function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(BUNDLE, "app-process.js")], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk) => {
      output += String(chunk);
      const match = /listening (\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    });
    child.on("exit", (code) => reject(new Error(`the App process exited (${code}) before listening`)));
  });
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const NAMES = Array.from({ length: 8 }, (_, index) => `eig/defi-${index + 1}`);

test("killed during the first install, the App finishes it after restart without a duplicate issue", { timeout: 60_000 }, async () => {
  simulator = new GithubSimulator({ latencyMs: 40 });
  await simulator.start();
  simulator.addInstallation(1, "eig");
  simulator.addRepository("eig/.github", { ".github/relais.yml": ORGANISATION_CONFIG });
  for (const name of NAMES) simulator.addRepository(name, missingDocsFiles());
  const databaseUrl = `sqlite:${join(tempTree({}), "relais.sqlite")}`;
  const env = { RELAIS_SIMULATOR_URL: simulator.url, DATABASE_URL: databaseUrl };
  const issuesOpened = () => NAMES.filter((name) => simulator!.issues(name).length > 0).length;

  const first = await startChild(env);
  // The catch-up at start already begins the installation; the webhook delivery is what GitHub sends too.
  const body = JSON.stringify(payloads.installationCreated(1, "eig"));
  await fetch(first.url, { method: "POST", headers: { "content-type": "application/json", "x-github-event": "installation", "x-github-delivery": randomUUID(), "x-hub-signature-256": await sign(WEBHOOK_SECRET, body) }, body });
  await until(() => issuesOpened() >= 2, 30_000);
  first.child.kill("SIGKILL");
  await new Promise((resolve) => first.child.once("exit", resolve));
  const beforeRestart = issuesOpened();
  expect(beforeRestart).toBeLessThan(NAMES.length);

  const second = await startChild(env);
  await until(() => issuesOpened() === NAMES.length, 30_000);
  // Let the last audits be stored, then stop the process before reading its database.
  const store = await openStore(databaseUrl);
  for (let attempt = 0; attempt < 300; attempt++) {
    if ((await store.lastAudits()).size === NAMES.length + 1) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  second.child.kill("SIGKILL");
  expect([...(await store.lastAudits()).keys()].sort()).toEqual(["eig/.github", ...NAMES].sort());
  await store.close();
  for (const name of NAMES) expect(simulator.issues(name), name).toHaveLength(1);
});
