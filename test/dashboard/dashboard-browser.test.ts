/**
 * The dashboard in Debian's Chromium, driven by playwright-core (no browser download). `.ci/run`
 * installs chromium; locally without it the suite is skipped and says so; in CI it fails.
 * GitHub's side of the sign-in is mocked: the browser's visit to github.com by a Playwright route,
 * the server's token exchange and API calls by nock.
 */
import { existsSync } from "node:fs";
import nock from "nock";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { githubSignIn } from "../../src/dashboard/github-sign-in.js";
import { startDashboardScene, type DashboardScene } from "./dashboard-scene.js";

const CHROMIUM = process.env.RELAIS_TEST_CHROMIUM ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);

let scene: DashboardScene;
let browser: Browser;

describe.skipIf(!available)("dashboard in Chromium", () => {
  beforeAll(async () => {
    scene = await startDashboardScene({ signIn: githubSignIn({ clientId: "Iv1.test", clientSecret: "client-secret" }) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await scene.app.relais.idle();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await scene?.close();
  });

  test("renders the matrix, filters it, and keeps private repositories out when signed out", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${scene.origin}/relais`);
    expect(await page.locator("table.matrix tbody tr").count()).toBe(3);
    expect(await page.locator("body").innerText()).not.toContain("confidentiel");
    // The style sheet loaded under the policy: the header is coloured.
    expect(await page.locator("header").evaluate((element) => (globalThis as unknown as { getComputedStyle(node: unknown): { backgroundColor: string } }).getComputedStyle(element).backgroundColor)).toBe("rgb(0, 0, 145)");
    expect(await page.locator("svg.chart rect.ready").count()).toBeGreaterThan(0);
    const cell = page.locator("table.matrix tbody tr", { hasText: "eig/sans-docs" }).locator("td.cell.fail").first();
    expect(await cell.getAttribute("title")).toMatch(/manquant/);

    await page.selectOption('select[name="state"]', "not-ready");
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/state=not-ready/);
    expect(await page.locator("table.matrix tbody tr th").allInnerTexts()).toEqual(["eig/sans-docs"]);

    await page.click("text=English");
    expect(await page.locator("h1").innerText()).toBe("Relais: défis dashboard");
    expect(violations).toEqual([]);
    await context.close();
  });

  test("a signed-in viewer with access sees the private repository; the CSV opens with the right columns", async () => {
    const token = "ghu_browser_token";
    nock("https://github.com").post("/login/oauth/access_token").reply(200, { access_token: token, token_type: "bearer", scope: "" });
    nock("https://api.github.com")
      .get("/user")
      .reply(200, { login: "relecteur" })
      .get("/user/installations")
      .query(true)
      .reply(200, { total_count: 1, installations: [{ id: 1 }] })
      .get("/user/installations/1/repositories")
      .query(true)
      .reply(200, { total_count: 1, repositories: [{ full_name: "eig/confidentiel", private: true }] });
    const context = await browser.newContext({ acceptDownloads: true });
    // GitHub's authorisation page, answered as if the viewer had approved: straight back with a code.
    await context.route("https://github.com/**", async (route) => {
      const authorize = new URL(route.request().url());
      const back = new URL(authorize.searchParams.get("redirect_uri")!);
      back.searchParams.set("code", "browser-code");
      back.searchParams.set("state", authorize.searchParams.get("state")!);
      await route.fulfill({ status: 302, headers: { location: back.toString() } });
    });
    const page = await context.newPage();
    await page.goto(`${scene.origin}/relais`);
    await page.click("text=Se connecter avec GitHub");
    await page.waitForURL(`${scene.origin}/relais`);
    expect(await page.locator("header").innerText()).toContain("relecteur");
    expect(await page.locator("table.matrix tbody tr th").allInnerTexts()).toContain("eig/confidentiel privé");

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=CSV")]);
    const path = await download.path();
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(path, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = text.slice(1).trimEnd().split("\r\n");
    expect(header!.split(";").slice(0, 7)).toEqual(["repository", "private", "auditedAt", "commit", "ready", "requiredMet", "requiredTotal"]);
    expect(rows.some((row) => row.startsWith("eig/confidentiel;true;"))).toBe(true);
    await context.close();
  });
});

if (!available) test.skip(`dashboard in Chromium: skipped, ${CHROMIUM} not found (apt-get install chromium)`, () => undefined);
