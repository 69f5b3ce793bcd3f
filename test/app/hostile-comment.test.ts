/**
 * A comment costs what its first lines cost: the command is looked for in the first COMMAND_WINDOW
 * characters only, after the cheap checks (a bot, a delivery seen before), so 64 KB of blanks or
 * newlines neither stall the webhook handler nor hide a command further down.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { COMMAND_WINDOW, parseCommand } from "../../src/app/commands.js";
import type { GithubSimulator } from "../support/github-simulator.js";
import { payloads, startScenario, type AppHarness, type Scenario } from "../support/github-app-harness.js";
import { missingDocsFiles, ORGANISATION_CONFIG } from "../support/github-fixtures.js";

let scenario: Scenario;
let simulator: GithubSimulator;
let app: AppHarness;
const REPO = "eig/outil";
const KB64 = 64 * 1024;

beforeEach(async () => {
  scenario = await startScenario(ORGANISATION_CONFIG, (github) => github.addRepository(REPO, missingDocsFiles(), { permissions: { lea: "write" } }));
  ({ simulator, app } = scenario);
  await scenario.push(REPO);
});

afterEach(() => scenario.close());

async function comment(body: string, user = "lea", type = "User"): Promise<{ status: number; requests: string[] }> {
  const mark = simulator.requests.length;
  const payload = payloads.comment(1, REPO, 1, user, body);
  payload.comment.user.type = type;
  const { status } = await app.deliver("issue_comment", payload);
  await app.relais.idle();
  return { status, requests: simulator.since(mark) };
}

describe("hostile comments", () => {
  test("a command followed by 64 KB of blanks is answered and obeyed", async () => {
    const { status, requests } = await comment(`/relais recheck${" ".repeat(KB64)}`);
    expect(status).toBe(200);
    expect(requests[0]).toBe(`GET /repos/${REPO}/collaborators/lea/permission`);
    expect(simulator.repository(REPO).reactions).toHaveLength(1);
  });

  test("64 KB of newlines before a command: answered, and nothing past the window is read", async () => {
    const { status, requests } = await comment(`${"\n".repeat(KB64)}/relais recheck`);
    expect(status).toBe(200);
    expect(requests).toEqual([]);
  });

  test("a bot's 64 KB comment is dismissed before its text is read", async () => {
    const { status, requests } = await comment(`/relais recheck\n${"x ".repeat(KB64 / 2)}`, "autre[bot]", "Bot");
    expect(status).toBe(200);
    expect(requests).toEqual([]);
  });
});

describe("parseCommand reads a bounded window", () => {
  test("a command inside the window is found, one past it is not", () => {
    expect(parseCommand(`${" ".repeat(COMMAND_WINDOW - 40)}\n/relais recheck`)).toEqual({ kind: "recheck" });
    expect(parseCommand(`${" ".repeat(COMMAND_WINDOW)}\n/relais recheck`)).toBeUndefined();
  });

  test("a line cut by the window counts as far as it goes", () => {
    expect(parseCommand(`/relais explain${"\t".repeat(KB64)}licence-file`)).toEqual({ kind: "explain", rule: "" });
  });

  test.each([
    ["blanks", " ".repeat(KB64)],
    ["newlines", "\n".repeat(KB64)],
    ["a near-command repeated", "/relais ".repeat(KB64 / 8)],
  ])("64 KB of %s: no command, no crash", (_name, body) => {
    expect(parseCommand(body)).toBeUndefined();
  });
});
