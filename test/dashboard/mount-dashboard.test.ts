/** RELAIS_DASHBOARD=off, and sign-in offered only with the App's OAuth credentials. */
import { describe, expect, test } from "vitest";
import type { Probot } from "probot";
import { mountDashboard } from "../../src/dashboard/mount-dashboard.js";
import { SqlStore } from "../../src/store/sql-store.js";
import { openSqlite } from "../../src/store/sqlite-driver.js";
import { migrate } from "../../src/store/migrate.js";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const app = { log: { error: () => undefined } } as unknown as Probot;

async function mounted(env: NodeJS.ProcessEnv) {
  const driver = openSqlite(":memory:");
  await migrate(driver);
  const store = new SqlStore(driver);
  const handlers: ((request: never, response: never) => unknown)[] = [];
  const on = mountDashboard(app, { addHandler: (handler) => handlers.push(handler as never) }, store, env);
  return { on, handlers, store };
}

describe("mounting the dashboard", () => {
  test("RELAIS_DASHBOARD=off adds no handler", async () => {
    const { on, handlers, store } = await mounted({ RELAIS_DASHBOARD: "off" });
    expect(on).toBe(false);
    expect(handlers).toHaveLength(0);
    await store.close();
  });

  test.each([
    [{}, false],
    [{ GITHUB_CLIENT_ID: "Iv1.x", GITHUB_CLIENT_SECRET: "s" }, true],
  ])("with %o, the sign-in link shown: %s", async (env, signIn) => {
    const { on, handlers, store } = await mounted(env);
    expect(on).toBe(true);
    const server = createServer((request, response) => void (handlers[0] as (a: typeof request, b: typeof response) => Promise<boolean>)(request, response));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const html = await (await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/relais`)).text();
    expect(html.includes("Se connecter avec GitHub")).toBe(signIn);
    server.close();
    await store.close();
  });
});
