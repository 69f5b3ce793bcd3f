/** The dashboard over real HTTP into the Probot server; GitHub's OAuth endpoints mocked with nock. */
import { existsSync, readFileSync } from "node:fs";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { githubSignIn } from "../../src/dashboard/github-sign-in.js";
import { CSV_COLUMNS } from "../../src/dashboard/exports.js";
import { startDashboardScene, type DashboardScene } from "./dashboard-scene.js";

let scene: DashboardScene;
beforeAll(async () => {
  scene = await startDashboardScene({ signIn: githubSignIn({ clientId: "Iv1.test", clientSecret: "client-secret" }) });
  await new Promise((resolve) => setTimeout(resolve, 20));
  await scene.app.relais.idle();
});
afterAll(() => scene.close());
afterEach(() => nock.cleanAll());

const get = (path: string, cookie?: string) => fetch(`${scene.origin}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });

describe("anonymous viewer", () => {
  test("the overview lists public repositories in a matrix, under a strict policy", async () => {
    const response = await get("/relais");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("eig/pret");
    expect(html).toContain("eig/sans-docs");
    expect(html).not.toContain("confidentiel");
    expect(html).toMatch(/<svg class="chart"/);
    expect(html).not.toMatch(/<script|https?:\/\/(?!github\.com)[^"]*\.(css|js)/);
    expect(html).toContain("Se connecter avec GitHub");
    expect((await get("/relais?lang=en").then((answer) => answer.text()))).toContain("Sign in with GitHub");
  });

  test("filters narrow the list on the server", async () => {
    const html = await (await get("/relais?state=not-ready")).text();
    expect(html).toContain("eig/sans-docs");
    expect(html).not.toContain(">eig/pret<");
    const search = await (await get("/relais?q=PRE")).text();
    expect(search).toContain(">eig/pret<");
    expect(search).not.toContain(">eig/sans-docs<");
  });

  test("a repository page links to GitHub and the issue; a private one is not found", async () => {
    const issue = scene.simulator.issues("eig/sans-docs")[0]!;
    const html = await (await get("/relais/repository/eig/sans-docs")).text();
    expect(html).toContain(`href="https://github.com/eig/sans-docs/issues/${issue.number}"`);
    expect(html).toContain("Historique du résumé");
    expect((await get("/relais/repository/eig/pret")).status).toBe(200);
    expect(await (await get("/relais/repository/eig/pret")).text()).toContain("Un défi &lt;b&gt;prêt&lt;/b&gt;");
    expect((await get("/relais/repository/eig/confidentiel")).status).toBe(404);
  });

  test("exports hold public repositories only, in the documented shape", async () => {
    const json = (await (await get("/relais/repositories.json")).json()) as Record<string, unknown>[];
    expect(json.map((item) => item.repository)).toEqual(["eig/.github", "eig/pret", "eig/sans-docs"]);
    const item = json.find((entry) => entry.repository === "eig/sans-docs")!;
    expect(Object.keys(item)).toEqual(["repository", "private", "auditedAt", "commit", "ready", "required", "rules", "issue"]);
    expect(item).toMatchObject({ private: false, ready: false, issue: { state: "open", url: expect.stringMatching(/^https:\/\/github\.com\/eig\/sans-docs\/issues\/\d+$/) } });
    expect((item.rules as Record<string, string>).readme).toMatch(/pass|fail|warn/);
    const csv = Buffer.from(await (await get("/relais/repositories.csv")).arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(CSV_COLUMNS.join(";"));
    expect(lines).toHaveLength(4);
    expect(lines.join("\n")).not.toContain("confidentiel");
  });

  test("only GET, and RELAIS paths only", async () => {
    expect((await fetch(`${scene.origin}/relais`, { method: "POST" })).status).toBe(405);
    expect((await get("/elsewhere")).status).toBe(404);
  });
});

describe("signed-in viewer", () => {
  test("sign-in checks the OAuth state, stores no token, and shows the private repositories the viewer can reach", async () => {
    const login = await get("/relais/login");
    expect(login.status).toBe(302);
    const authorize = new URL(login.headers.get("location")!);
    expect(authorize.origin + authorize.pathname).toBe("https://github.com/login/oauth/authorize");
    const state = authorize.searchParams.get("state")!;
    const stateCookie = login.headers.get("set-cookie")!.split(";")[0]!;
    expect(login.headers.get("set-cookie")).toMatch(/HttpOnly/i);

    // A forged state is refused before GitHub is asked anything.
    expect((await get(`/relais/callback?code=abc&state=forged`, stateCookie)).status).toBe(400);

    const token = "ghu_usertoken_never_stored";
    const oauth = nock("https://github.com").post("/login/oauth/access_token").reply(200, { access_token: token, token_type: "bearer", scope: "" });
    const api = nock("https://api.github.com", { reqheaders: { authorization: `token ${token}` } })
      .get("/user")
      .reply(200, { login: "relectrice" })
      .get("/user/installations")
      .query(true)
      .reply(200, { total_count: 1, installations: [{ id: 1 }] })
      .get("/user/installations/1/repositories")
      .query(true)
      .reply(200, { total_count: 2, repositories: [{ full_name: "eig/confidentiel", private: true }, { full_name: "eig/pret", private: false }] });
    const callback = await get(`/relais/callback?code=abc&state=${state}`, stateCookie);
    expect(callback.status).toBe(302);
    expect(oauth.isDone() && api.isDone()).toBe(true);
    const session = callback.headers.getSetCookie().find((cookie) => cookie.startsWith("relais_session="))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const cookie = session.split(";")[0]!;

    const html = await (await get("/relais", cookie)).text();
    expect(html).toContain("eig/confidentiel");
    expect(html).toContain("relectrice");
    const json = (await (await get("/relais/repositories.json", cookie)).json()) as { repository: string; private: boolean }[];
    expect(json.find((item) => item.repository === "eig/confidentiel")).toMatchObject({ private: true });
    expect(scene.app.logs.join("\n")).not.toContain(token);
    // Neither the token nor the session id is in the database (WAL included): only the id's hash.
    const sessionId = decodeURIComponent(cookie.slice("relais_session=".length)).split(".")[0]!;
    for (const file of [scene.databasePath!, `${scene.databasePath}-wal`]) {
      const bytes = existsSync(file) ? readFileSync(file, "latin1") : "";
      expect(bytes).not.toContain(token);
      expect(bytes).not.toContain(sessionId);
    }

    // A tampered cookie is anonymous again; signing out ends the session.
    expect(await (await get("/relais", `${cookie}x`)).text()).not.toContain("eig/confidentiel");
    await get("/relais/logout", cookie);
    expect(await (await get("/relais", cookie)).text()).not.toContain("eig/confidentiel");
  });
});
