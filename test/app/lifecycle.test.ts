import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { GithubSimulator } from "../support/github-simulator.js";
import { startScenario, type AppHarness, type Scenario } from "../support/github-app-harness.js";
import { payloads } from "../support/github-app-harness.js";
import { CONTRIBUTING, missingDocsFiles, ORGANISATION_CONFIG, readyFiles } from "../support/github-fixtures.js";

let scenario: Scenario;
let simulator: GithubSimulator;
let app: AppHarness;
const REPO = "eig/outil";

beforeEach(async () => {
  scenario = await startScenario(ORGANISATION_CONFIG, (github) => github.addRepository(REPO, missingDocsFiles()));
  ({ simulator, app } = scenario);
});

afterEach(() => scenario.close());

function push(files: Record<string, string | Buffer | undefined>, replace = false): Promise<string[]> {
  simulator.push(REPO, files, { replace });
  return scenario.push(REPO);
}

const READS = [`GET /repos/${REPO}/git/trees/HEAD`, "POST /graphql"];

describe("the issue follows the repository", () => {
  test("closed with a comment when a push adds the missing documents, reopened on regression", async () => {
    await push({});
    const [issue] = simulator.issues(REPO);
    expect(issue!.state).toBe("open");

    expect(await push(readyFiles(), true)).toEqual([...READS, `PATCH /repos/${REPO}/issues/1`, `POST /repos/${REPO}/issues/1/comments`]);
    expect(issue!.state).toBe("closed");
    expect(issue!.stateReason).toBe("completed");
    expect(issue!.comments.map((comment) => comment.body)).toEqual([expect.stringMatching(/^Tous les documents obligatoires sont désormais présents/)]);

    // Nothing to do while the repository stays ready.
    expect(await push({ "server.js": "console.log('v2');\n" })).toEqual(READS);

    expect(await push({ "CONTRIBUTING.md": undefined, "README.md": "# Signalement\n\nTODO\n" })).toEqual([...READS, `PATCH /repos/${REPO}/issues/1`, `POST /repos/${REPO}/issues/1/comments`]);
    expect(issue!.state).toBe("open");
    expect(issue!.comments).toHaveLength(2);
    expect(issue!.comments[1]!.body).toMatch(/^Un document obligatoire manque de nouveau/);
    expect(simulator.issues(REPO)).toHaveLength(1);
  });

  test("an unchanged re-audit costs two reads and no write", async () => {
    await push({});
    expect(await push({})).toEqual(READS);
    expect(await push({ "index.js": "module.exports = { v: 2 };\n" })).toEqual(READS);
  });

  test("stays closed when the maintainers closed it as not planned", async () => {
    await push({});
    const [issue] = simulator.issues(REPO);
    issue!.state = "closed";
    issue!.stateReason = "not_planned";
    expect(await push({ "docs/notes.md": "# Notes\n" })).toEqual(READS);
    expect(issue!.state).toBe("closed");
    expect(issue!.comments).toHaveLength(0);
  });

  test("rewrites only its own section and keeps the maintainers' text around it", async () => {
    await push({});
    const [issue] = simulator.issues(REPO);
    issue!.body = `Suivi par l'équipe : @alice.\n\n${issue!.body}\n\n## Nos notes\n- [x] demander le schéma à la DSI\n`;
    const [before, after] = [issue!.body.split("<!-- relais:start")[0], issue!.body.split("<!-- relais:end -->")[1]];
    expect(await push({ "CONTRIBUTING.md": CONTRIBUTING })).toEqual([...READS, `PATCH /repos/${REPO}/issues/1`]);
    expect(issue!.body.split("<!-- relais:start")[0]).toBe(before);
    expect(issue!.body.split("<!-- relais:end -->")[1]).toBe(after);
    expect(after).toContain("## Nos notes\n- [x] demander le schéma à la DSI\n");
    expect(issue!.body).toContain("[x] **Guide de contribution**");
  });

  test("found again by its marker when someone removed the label", async () => {
    await push({});
    const [issue] = simulator.issues(REPO);
    issue!.labels = [];
    expect(await push({ "CONTRIBUTING.md": CONTRIBUTING })).toEqual([...READS, `PATCH /repos/${REPO}/issues/1`]);
    expect(simulator.issues(REPO)).toHaveLength(1);
  });

  test("pushes to another branch are ignored", async () => {
    const mark = simulator.requests.length;
    await app.deliver("push", { ...payloads.push(1, REPO), ref: "refs/heads/feature" });
    await app.relais.idle();
    expect(simulator.since(mark)).toEqual([]);
  });
});
