import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { GithubSimulator } from "../support/github-simulator.js";
import { payloads, startScenario, type AppHarness, type Scenario } from "../support/github-app-harness.js";
import { CONTRIBUTING, missingDocsFiles, ORGANISATION_CONFIG } from "../support/github-fixtures.js";

let scenario: Scenario;
let simulator: GithubSimulator;
let app: AppHarness;
const REPO = "eig/outil";

beforeEach(async () => {
  scenario = await startScenario(ORGANISATION_CONFIG, (github) => github.addRepository(REPO, missingDocsFiles(), { permissions: { lea: "write", paul: "read", admin: "admin" } }));
  ({ simulator, app } = scenario);
  await scenario.push(REPO);
  // The contribution guide lands without a push event reaching the App (a missed delivery).
  simulator.push(REPO, { "CONTRIBUTING.md": CONTRIBUTING });
});

afterEach(() => scenario.close());

async function comment(user: string, body: string): Promise<string[]> {
  const mark = simulator.requests.length;
  expect((await app.deliver("issue_comment", payloads.comment(1, REPO, 1, user, body))).status).toBe(200);
  await app.relais.idle();
  return simulator.since(mark);
}

describe("comment commands", () => {
  test("/relais recheck by someone with write access is acknowledged and audits again", async () => {
    const requests = await comment("lea", "/relais recheck");
    expect(requests).toEqual([
      `GET /repos/${REPO}/collaborators/lea/permission`,
      expect.stringMatching(new RegExp(`^POST /repos/${REPO}/issues/comments/\\d+/reactions$`)),
      `GET /repos/${REPO}/git/trees/HEAD`,
      "POST /graphql",
      `PATCH /repos/${REPO}/issues/1`,
    ]);
    expect(simulator.repository(REPO).reactions).toEqual([expect.objectContaining({ content: "eyes" })]);
    expect(simulator.issues(REPO)[0]!.body).toContain("[x] **Guide de contribution**");
    // The audit changed the issue: the edit is the answer, no reply.
    expect(simulator.issues(REPO)[0]!.comments).toHaveLength(0);
  });

  test("/relais recheck that changes nothing gets a short reply, once", async () => {
    await comment("lea", "/relais recheck");
    const requests = await comment("lea", "/relais recheck");
    expect(requests.at(-1)).toBe(`POST /repos/${REPO}/issues/1/comments`);
    const replies = simulator.issues(REPO)[0]!.comments;
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body).toMatch(/^Audit relancé\u00a0: rien n'a changé/);
    expect(simulator.repository(REPO).reactions).toHaveLength(2);
  });

  test("/relais recheck by a reader is not obeyed", async () => {
    expect(await comment("paul", "/relais recheck")).toEqual([`GET /repos/${REPO}/collaborators/paul/permission`]);
    expect(await comment("inconnu", "/relais recheck")).toEqual([`GET /repos/${REPO}/collaborators/inconnu/permission -> 404`]);
  });

  test("/relais explain RULE answers with why and how", async () => {
    expect(await comment("admin", "Merci !\n/relais explain install-docs")).toEqual([`GET /repos/${REPO}/collaborators/admin/permission`, `POST /repos/${REPO}/issues/1/comments`]);
    const answer = simulator.issues(REPO)[0]!.comments[0]!.body;
    expect(answer).toContain("Règle `install-docs`");
    expect(answer).toContain("**Pourquoi\u00a0:**");
    expect(answer).toContain("**Comment faire\u00a0:**");
    expect(answer).toContain("relais scaffold . --only install-docs");
    expect(answer).not.toContain("templates/fr/");
  });

  test("an unknown rule gets the list of rules, not an echo of the comment", async () => {
    await comment("lea", "/relais explain @everyone");
    const answer = simulator.issues(REPO)[0]!.comments[0]!.body;
    expect(answer).toContain("`@everyone`");
    expect(answer).toContain("`licence-file`");
  });

  test("comments without a command, quoted commands and bots cost nothing", async () => {
    expect(await comment("lea", "Nous ajoutons le schéma cette semaine.")).toEqual([]);
    expect(await comment("lea", "> /relais recheck\nC'est fait.")).toEqual([]);
    const mark = simulator.requests.length;
    const payload = payloads.comment(1, REPO, 1, "relais[bot]", "/relais recheck");
    payload.comment.user.type = "Bot";
    await app.deliver("issue_comment", payload);
    await app.relais.idle();
    expect(simulator.since(mark)).toEqual([]);
  });
});
