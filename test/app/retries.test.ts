/**
 * Retries that finish: a failed audit is tried again with back-off (bounded, logged) through the real
 * server, and a repository whose writes keep failing gives up its turn in the installation's write lane.
 */
import { afterEach, describe, expect, test } from "vitest";
import { payloads, startScenario, type Scenario } from "../support/github-app-harness.js";
import { missingDocsFiles, ORGANISATION_CONFIG } from "../support/github-fixtures.js";

let scenario: Scenario;
afterEach(() => scenario.close());
const REPO = "eig/outil";
/** The tree request, and the three retries `fetchTree` makes on a 5xx. */
const TREE_TRIES = 4;

describe("failed audits are retried", () => {
  test("a persistent 502 on the tree, then recovery: retried with back-off until the issue exists", async () => {
    scenario = await startScenario(ORGANISATION_CONFIG, (github) => github.addRepository(REPO, missingDocsFiles()));
    const { simulator, app } = scenario;
    simulator.inject({ method: "GET", path: /\/git\/trees\//, status: 502, times: 2 * TREE_TRIES });
    await scenario.push(REPO);
    expect(simulator.issues(REPO)).toHaveLength(1);
    expect(app.outcomes.map((event) => (event.error ? `failed, retry: ${event.failure?.decision.retry}` : event.outcome?.status))).toEqual(["failed, retry: true", "failed, retry: true", "audited"]);
    expect(app.logs.join("")).toContain("audit failed; retrying later");
    expect(app.relais.counters).toMatchObject({ audited: 1, failed: 2, retried: 2, abandoned: 0 });
  });

  test("a fault that does not end: given up after a bounded number of attempts, and logged", async () => {
    scenario = await startScenario(ORGANISATION_CONFIG, (github) => github.addRepository(REPO, missingDocsFiles()), { retry: { attempts: 3, firstDelayMs: 5 } });
    const { simulator, app } = scenario;
    simulator.inject({ method: "POST", path: /^\/graphql$/, status: 500, times: 1_000 });
    await scenario.push(REPO);
    expect(simulator.issues(REPO)).toHaveLength(0);
    expect(app.outcomes.filter((event) => event.error)).toHaveLength(3);
    expect(app.relais.counters).toMatchObject({ audited: 0, failed: 3, abandoned: 1 });
    expect(app.logs.join("")).toContain("audit failed; giving up");
  });

  test("a repository whose issue creation keeps failing does not hold the write lane of the others", async () => {
    const others = ["eig/un", "eig/deux", "eig/trois"];
    scenario = await startScenario(
      ORGANISATION_CONFIG,
      (github) => {
        github.addRepository("eig/bloque", missingDocsFiles());
        for (const name of others) github.addRepository(name, missingDocsFiles());
      },
      { retry: { attempts: 3, firstDelayMs: 300 } },
    );
    const { simulator, app } = scenario;
    simulator.inject({ method: "POST", path: /^\/repos\/eig\/bloque\/issues$/, status: 500, times: 1_000 });
    await app.deliver("installation_repositories", payloads.repositoriesAdded(1, ["eig/bloque", ...others]));
    await app.relais.idle();
    for (const name of others) expect(simulator.issues(name)).toHaveLength(1);
    const creations = simulator.since(0).filter((line) => /^POST \/repos\/[^/]+\/[^/]+\/issues/.test(line));
    const blocked = creations.filter((line) => line.includes("eig/bloque"));
    // Two tries at a creation per attempt, three attempts: bounded.
    expect(blocked).toEqual(Array(6).fill("POST /repos/eig/bloque/issues -> 500"));
    // Every other repository's issue was created before the blocked one's second attempt.
    const lastOther = Math.max(...others.map((name) => creations.indexOf(`POST /repos/${name}/issues`)));
    expect(lastOther).toBeLessThan(creations.indexOf("POST /repos/eig/bloque/issues -> 500", creations.indexOf("POST /repos/eig/bloque/issues -> 500") + 2));
  });
});
