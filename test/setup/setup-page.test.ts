/**
 * The set-up page of a real server started without credentials (`npm start`'s entry point): the
 * manifest in its "Register GitHub App" button must parse as JSON and say what app.yml says.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { parse as parseHtml } from "node-html-parser";
import { afterEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { start } from "../../src/start.js";
import { tempTree } from "../support/temp-dir.js";

const CREDENTIALS = ["APP_ID", "PRIVATE_KEY", "PRIVATE_KEY_PATH", "WEBHOOK_SECRET", "WEBHOOK_PROXY_URL", "GH_ORG", "GHE_HOST", "PROJECT_DOMAIN", "NODE_ENV"];
const savedEnv = { ...process.env };
const savedCwd = process.cwd();
let stop: (() => Promise<void>) | undefined;

afterEach(async () => {
  await stop?.();
  stop = undefined;
  process.chdir(savedCwd);
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the server in `dir` as `npm start` would with no credentials, and returns the manifest the page would post. */
async function setupPageManifest(dir: string): Promise<{ manifest: unknown; html: string }> {
  process.chdir(dir);
  for (const key of CREDENTIALS) delete process.env[key];
  const port = await freePort();
  Object.assign(process.env, { PORT: String(port), NO_SMEE_SETUP: "true", LOG_LEVEL: "fatal" });
  const server = await start([]);
  stop = () => server.stop();
  const response = await fetch(`http://127.0.0.1:${port}/probot`);
  expect(response.status).toBe(200);
  const html = await response.text();
  const button = parseHtml(html).querySelector("button#manifest");
  expect(button).not.toBeNull();
  return { manifest: JSON.parse(button!.getAttribute("value")!), html };
}

describe("the set-up page (npm start without credentials)", () => {
  it("posts Relais's app.yml whole, apostrophe included", async () => {
    const dir = tempTree({});
    copyFileSync(join(savedCwd, "app.yml"), join(dir, "app.yml"));
    copyFileSync(join(savedCwd, "package.json"), join(dir, "package.json"));
    const expected = parseYaml(readFileSync(join(savedCwd, "app.yml"), "utf8"));
    const { manifest } = await setupPageManifest(dir);
    expect(manifest).toMatchObject(expected);
    expect(manifest).toMatchObject({ redirect_url: expect.stringMatching(/\/probot\/setup$/), hook_attributes: { url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/api\/github\/webhooks$/) } });
  });

  it("keeps any text app.yml holds, even text that looks like HTML or entities", async () => {
    const hostile = "Vérifie qu'un dépôt ' & &amp; &#39; </button><script>alert(1)</script> \\' \"quoted\"";
    const dir = tempTree({ "package.json": JSON.stringify({ name: "relais-test", version: "0.0.0" }) });
    writeFileSync(join(dir, "app.yml"), `name: Relais d'essai\ndescription: ${JSON.stringify(hostile)}\ndefault_permissions:\n  issues: write\n`);
    const { manifest, html } = await setupPageManifest(dir);
    expect(manifest).toMatchObject({ name: "Relais d'essai", description: hostile, default_permissions: { issues: "write" } });
    expect(html).not.toContain("<script>");
  });
});
