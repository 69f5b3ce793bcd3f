/**
 * A real Redis for the tests: Debian's `redis-server` (installed by `.ci/run`), started on a free
 * port in a temporary directory, with the settings the deployment documents (append-only,
 * noeviction), and stopped after. No Redis installed is an error that says what to install.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";

export interface RedisServer {
  url: string;
  port: number;
  /** A new client (closed by `stop`). */
  client(): Redis;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startRedis(): Promise<RedisServer> {
  if (spawnSync("redis-server", ["--version"]).error) throw new Error("redis-server is not installed: run `apt-get install -y redis-server` (.ci/run does)");
  const dir = mkdtempSync(join(tmpdir(), "relais-redis-"));
  const port = await freePort();
  const child: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--maxmemory-policy", "noeviction", "--save", ""], { stdio: "ignore" });
  const url = `redis://127.0.0.1:${port}`;
  const clients: Redis[] = [];
  const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => 50, maxRetriesPerRequest: null });
  probe.on("error", () => undefined);
  await probe.connect().catch(() => undefined);
  await probe.ping();
  clients.push(probe);
  return {
    url,
    port,
    client() {
      const client = new Redis(url, { maxRetriesPerRequest: null });
      clients.push(client);
      return client;
    },
    async stop() {
      await Promise.all(clients.map((client) => client.quit().catch(() => client.disconnect())));
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
