/**
 * One issue, whatever happened before: a label changed in the configuration, several Relais issues
 * left by an older version or a race, a maintainer's edit that removed the end marker, a maintainer
 * closing the issue while documents are missing, and `GET /app` failing before the first audit.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { GithubSimulator, SimIssue } from "../support/github-simulator.js";
import { startScenario, type AppHarness, type Scenario } from "../support/github-app-harness.js";
import { CONTRIBUTING, missingDocsFiles, ORGANISATION_CONFIG } from "../support/github-fixtures.js";

let scenario: Scenario;
let simulator: GithubSimulator;
let app: AppHarness;
const REPO = "eig/outil";

beforeEach(async () => {
  scenario = await startScenario(ORGANISATION_CONFIG, (github) => github.addRepository(REPO, missingDocsFiles()));
  ({ simulator, app } = scenario);
});

afterEach(() => scenario.close());

function push(files: Record<string, string | undefined> = {}): Promise<string[]> {
  simulator.push(REPO, files);
  return scenario.push(REPO);
}

/** An issue as the App would have left it, added to the simulated repository. */
function seedIssue(overrides: Partial<SimIssue>): SimIssue {
  const issues = simulator.issues(REPO);
  const issue: SimIssue = { number: issues.length + 1, title: "Relais", body: "<!-- relais:start v=1 hash=0000 -->\nancien rapport\n<!-- relais:end -->\n", state: "open", stateReason: null, labels: ["relais"], author: "relais[bot]", createdAt: new Date().toISOString(), comments: [], ...overrides };
  issues.push(issue);
  return issue;
}

describe("one issue", () => {
  test("a label changed in the configuration moves the issue, it does not open a second one", async () => {
    await push();
    expect(simulator.issues(REPO)).toHaveLength(1);
    await push({ ".github/relais.yml": "issue:\n  label: passation\n" });
    expect(simulator.issues(REPO)).toHaveLength(1);
    expect(simulator.issues(REPO)[0]!.state).toBe("open");
    expect(simulator.issues(REPO)[0]!.body).toContain("[ ] **Guide de contribution**");
  });

  test("two open Relais issues: the oldest is kept, the other closed as its duplicate with a link", async () => {
    const older = seedIssue({});
    const newer = seedIssue({ labels: [] });
    await push();
    expect(simulator.issues(REPO)).toHaveLength(2);
    expect(older.state).toBe("open");
    expect(older.body).toContain("Guide de contribution");
    expect(newer.state).toBe("closed");
    expect(newer.stateReason).toBe("duplicate");
    expect(newer.comments.map((comment) => comment.body)).toEqual([expect.stringContaining("doublon avec #1")]);
    // Consolidated for good: the next audit has nothing to do.
    const mark = simulator.requests.length;
    await scenario.push(REPO);
    expect(simulator.since(mark)).toEqual([`GET /repos/${REPO}/git/trees/HEAD`, "POST /graphql"]);
  });

  test("a deleted end marker never costs the text below it: the body is left alone, the maintainers are told once", async () => {
    await push();
    const [issue] = simulator.issues(REPO);
    issue!.body = `${issue!.body.replace("<!-- relais:end -->", "")}\n## Notes de l'équipe\nLe schéma arrive lundi.\n`;
    const edited = issue!.body;
    await push({ "CONTRIBUTING.md": CONTRIBUTING });
    expect(issue!.body).toBe(edited);
    expect(issue!.comments.map((comment) => comment.body)).toEqual([expect.stringContaining("marqueur de fin caché")]);
    await push({ "CONTRIBUTING.md": undefined });
    expect(issue!.body).toBe(edited);
    expect(issue!.comments).toHaveLength(1);
    expect(app.logs.join("")).toContain("end marker was removed");
  });

  test("closed as completed by a maintainer while documents are missing: reopened, saying so", async () => {
    await push();
    const [issue] = simulator.issues(REPO);
    issue!.state = "closed";
    issue!.stateReason = "completed";
    await push({ "docs/notes.md": "# Notes\n" });
    expect(issue!.state).toBe("open");
    expect(issue!.comments.map((comment) => comment.body)).toEqual([expect.stringMatching(/^Ce ticket a été fermé alors que des documents obligatoires manquent encore/)]);
    expect(issue!.comments[0]!.body).not.toContain("de nouveau");
  });

  test("GET /app failing before the first audit: retried, and the issue that lost its label is found", async () => {
    const unlabelled = seedIssue({ labels: [] });
    simulator.inject({ method: "GET", path: /^\/app$/, status: 502, times: 4 });
    await push();
    expect(simulator.issues(REPO)).toHaveLength(1);
    expect(unlabelled.body).toContain("Guide de contribution");
    expect(app.logs.join("")).toContain("GET /app failed");
    expect(simulator.since(0, { auth: true }).filter((line) => line.startsWith("GET /app"))).toEqual([...Array(4).fill("GET /app -> 502"), "GET /app"]);
  });
});
