/**
 * What an unsigned or oversized request may cost: against Probot's own server, built as `npm start`
 * (`probot run`) builds it, where the webhooks middleware comes before the App's handlers, and against
 * the test harness, where it comes after. Nothing over GitHub's 25 MB cap is read, and no payload
 * reaches the log at any level.
 */
import { randomUUID } from "node:crypto";
import { createServer as createNetServer } from "node:net";
import { Writable } from "node:stream";
import { sign } from "@octokit/webhooks-methods";
import { pino } from "pino";
import { Probot, Server } from "probot";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createRelaisApp } from "../../src/app/app.js";
import { payloads, PRIVATE_KEY, startApp, WEBHOOK_SECRET, type AppHarness } from "../support/github-app-harness.js";
import { missingDocsFiles } from "../support/github-fixtures.js";
import { GithubSimulator } from "../support/github-simulator.js";

const MARKER = "PAYLOAD-MUST-NOT-BE-LOGGED";
const MB = 1024 * 1024;

function body(bytes: number): string {
  const head = JSON.stringify({ zen: MARKER, padding: "" }).slice(0, -2);
  return `${head}${"x".repeat(Math.max(0, bytes - head.length - 2))}"}`;
}

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function post(url: string, payload: string | ReadableStream, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-github-event": "push", "x-github-delivery": randomUUID(), "x-hub-signature-256": "sha256=" + "0".repeat(64), ...headers },
    body: payload,
    ...(typeof payload === "string" ? {} : { duplex: "half" }),
  } as RequestInit);
  await response.arrayBuffer();
  return response.status;
}

describe("Probot's own server (npm start)", () => {
  let simulator: GithubSimulator;
  let server: Server;
  let url: string;
  let logs: string[];

  beforeEach(async () => {
    simulator = new GithubSimulator();
    await simulator.start();
    simulator.addInstallation(1, "eig");
    simulator.addRepository("eig/outil", missingDocsFiles());
    logs = [];
    const log = pino({ level: "trace" }, new Writable({ write: (chunk, _encoding, done) => (logs.push(String(chunk)), done()) }));
    const port = await freePort();
    server = new Server({ host: "127.0.0.1", port, log, Probot: Probot.defaults({ appId: 1, privateKey: PRIVATE_KEY, secret: WEBHOOK_SECRET, baseUrl: simulator.url, log }) });
    await server.load(createRelaisApp({ scheduleIntervalMs: 0, backoffMs: 5 }).appFn);
    await server.start();
    url = `http://127.0.0.1:${port}/api/github/webhooks`;
  });

  afterEach(async () => {
    await server.stop();
    await simulator.stop();
  });

  test("a 30 MB body is refused with 413 before it is read, and logged as id, event and size only", async () => {
    const delivery = randomUUID();
    expect(await post(url, body(30 * MB), { "x-github-delivery": delivery })).toBe(413);
    const log = logs.join("");
    expect(log).not.toContain(MARKER);
    expect(log.length).toBeLessThan(10_000);
    expect(log).toContain(delivery);
    expect(log).toContain(String(30 * MB));
  });

  test("a body without a Content-Length (chunked) is refused with 411", async () => {
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(body(1_000)));
        controller.close();
      },
    });
    expect(await post(url, stream)).toBe(411);
  });

  test("an unsigned 5 MB body is refused without its payload in the log", async () => {
    expect(await post(url, body(5 * MB))).toBe(400);
    const log = logs.join("");
    expect(log).toContain("signature does not match");
    expect(log).not.toContain(MARKER);
    expect(log.length).toBeLessThan(20_000);
  });

  test("a signed delivery under the cap still reaches the App", async () => {
    const payload = JSON.stringify(payloads.push(1, "eig/outil"));
    expect(await post(url, payload, { "x-hub-signature-256": await sign(WEBHOOK_SECRET, payload) })).toBe(200);
  });
});

describe("the harness's middleware (handlers before webhooks)", () => {
  let simulator: GithubSimulator;
  let app: AppHarness;

  beforeEach(async () => {
    simulator = new GithubSimulator();
    await simulator.start();
    simulator.addInstallation(1, "eig");
    app = await startApp(simulator, { maxPayloadBytes: 1 * MB });
  });

  afterEach(async () => {
    await app.close();
    await simulator.stop();
  });

  test("a body over the configured cap is refused with 413, and nothing of it is logged", async () => {
    expect(await post(app.url, body(2 * MB))).toBe(413);
    expect(app.logs.join("")).not.toContain(MARKER);
    expect(await post(app.url, body(MB / 2))).toBe(400);
    expect(app.logs.join("")).not.toContain(MARKER);
  });
});
