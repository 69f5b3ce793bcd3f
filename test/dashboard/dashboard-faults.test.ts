/** Bad days for the dashboard: a failing database, hostile repository names, an expired session. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { createDashboardHandler } from "../../src/dashboard/dashboard-handler.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { tempTree } from "../support/temp-dir.js";
import { syntheticRecord } from "../store/synthetic-reports.js";

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

async function serve(store: Store, logs: string[] = []): Promise<string> {
  const handler = createDashboardHandler({ store, sessionSecret: "s", log: { error: (details, message) => logs.push(`${message} ${JSON.stringify(details)}`) } });
  server = createServer((request, response) => void handler(request, response).then((handled) => handled || response.writeHead(404).end()));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

test("a database that fails answers 500 with a clear message, and the server keeps serving", async () => {
  const store = await openStore(`sqlite:${join(tempTree({}), "relais.sqlite")}`);
  const logs: string[] = [];
  const origin = await serve(store, logs);
  await store.close();
  const answer = await fetch(`${origin}/relais`);
  expect(answer.status).toBe(500);
  expect(await answer.text()).toBe("The dashboard could not answer; the App's log says why.");
  expect(logs.join("\n")).toMatch(/dashboard request failed .*"path":"\/relais"/);
  expect((await fetch(`${origin}/relais/dashboard.css`)).status).toBe(200);
});

test("a hostile name is escaped in the page and defused in the CSV", async () => {
  const store = await openStore(`sqlite:${join(tempTree({}), "relais.sqlite")}`);
  await store.recordAudit(syntheticRecord(`=cmd|'/c calc'!A0/<script>alert(1)</script>`));
  const origin = await serve(store);
  const html = await (await fetch(`${origin}/relais`)).text();
  expect(html).not.toContain("<script>");
  expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  const csv = await (await fetch(`${origin}/relais/repositories.csv`)).text();
  expect(csv.split("\r\n")[1]).toMatch(/^'=cmd/);
  await store.close();
});

test("a forged or expired session cookie is simply anonymous", async () => {
  const store = await openStore(`sqlite:${join(tempTree({}), "relais.sqlite")}`);
  await store.recordAudit(syntheticRecord("eig/secret", { visibility: "private" }));
  await store.saveSession({ id: "irrelevant", login: "x", privateRepositories: ["eig/secret"], expiresAt: "2000-01-01T00:00:00.000Z" });
  const origin = await serve(store);
  for (const cookie of ["relais_session=irrelevant", "relais_session=abc.def", "relais_session=%E0%A4%A"]) {
    const answer = await fetch(`${origin}/relais`, { headers: { cookie } });
    expect(answer.status).toBe(200);
    expect(await answer.text()).not.toContain("eig/secret");
  }
  await store.close();
});
