/**
 * Relais instances as separate processes (test/support/redis-instance.mjs: Probot's `run` over the
 * built App), all on one Redis and one GitHub simulator, for the multi-instance test and bench.
 * Deliveries are signed like GitHub's; each instance is up once its health endpoint says so.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { sign } from "@octokit/webhooks-methods";
import { PRIVATE_KEY, WEBHOOK_SECRET } from "./github-app-harness.js";
import { freePort } from "./redis-server.js";

export interface InstanceOptions {
  redisUrl: string;
  githubUrl: string;
  scheduleMs?: number;
  contentWindows?: { ms: number; max: number }[];
  lockMs?: number;
}

export interface Instance {
  port: number;
  child: ChildProcess;
  /** What the process wrote (logs at warn and above), for failure messages. */
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  deliver(event: string, payload: object, id?: string): Promise<number>;
  health(): Promise<number>;
}

export async function startInstance(options: InstanceOptions): Promise<Instance> {
  const port = await freePort();
  const github = new URL(options.githubUrl);
  const child = spawn(process.execPath, ["test/support/redis-instance.mjs"], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      APP_ID: "1",
      PRIVATE_KEY,
      WEBHOOK_SECRET,
      HOST: "127.0.0.1",
      PORT: String(port),
      GHE_HOST: github.host,
      GHE_PROTOCOL: github.protocol.replace(":", ""),
      REDIS_URL: options.redisUrl,
      LOG_LEVEL: "warn",
      RELAIS_TEST_SCHEDULE_MS: String(options.scheduleMs ?? 0),
      RELAIS_TEST_LOCK_MS: String(options.lockMs ?? 2_000),
      ...(options.contentWindows ? { RELAIS_TEST_CONTENT_WINDOWS: JSON.stringify(options.contentWindows) } : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout!.on("data", (chunk) => output.push(String(chunk)));
  child.stderr!.on("data", (chunk) => output.push(String(chunk)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const base = `http://127.0.0.1:${port}`;
  const instance: Instance = {
    port,
    child,
    output,
    exited,
    async deliver(event, payload, id = randomUUID()) {
      const body = JSON.stringify(payload);
      const response = await fetch(`${base}/api/github/webhooks`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-github-event": event, "x-github-delivery": id, "x-hub-signature-256": await sign(WEBHOOK_SECRET, body) },
        body,
      });
      await response.arrayBuffer();
      return response.status;
    },
    async health() {
      const response = await fetch(`${base}/relais/health`);
      await response.arrayBuffer();
      return response.status;
    },
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance exited at start:\n${output.join("")}`);
    if ((await instance.health().catch(() => 0)) === 200) return instance;
    if (Date.now() > deadline) throw new Error(`instance not healthy after 30 s:\n${output.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits for `condition`, polling; the error names what was awaited. */
export async function until(what: string, condition: () => boolean | Promise<boolean>, timeoutMs: number, explain: () => string = () => ""): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${explain()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
