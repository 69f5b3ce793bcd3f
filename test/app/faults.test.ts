import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { GithubSimulator } from "../support/github-simulator.js";
import { startScenario, type AppHarness, type Scenario } from "../support/github-app-harness.js";
import { missingDocsFiles, ORGANISATION_CONFIG, readyFiles } from "../support/github-fixtures.js";

let scenario: Scenario;
let simulator: GithubSimulator;
let app: AppHarness;
const REPO = "eig/outil";
const READS = [`GET /repos/${REPO}/git/trees/HEAD`, "POST /graphql"];

beforeEach(async () => {
  scenario = await startScenario(ORGANISATION_CONFIG, (github) => github.addRepository(REPO, missingDocsFiles()));
  ({ simulator, app } = scenario);
});

afterEach(() => scenario.close());

const audit = () => scenario.push(REPO);

describe("exactly once under faults", () => {
  test("a 500 on an issue creation that did succeed: found again, not created twice", async () => {
    simulator.inject({ method: "POST", path: /\/issues$/, status: 500, afterEffect: true });
    expect(await audit()).toEqual([...READS, `POST /repos/${REPO}/labels`, `POST /repos/${REPO}/issues -> 500`, `GET /repos/${REPO}/issues`]);
    expect(simulator.issues(REPO)).toHaveLength(1);
    expect(await audit()).toEqual(READS);
  });

  test("a 502 on an issue creation that did not happen: created once after looking", async () => {
    simulator.inject({ method: "POST", path: /\/issues$/, status: 502 });
    expect(await audit()).toEqual([...READS, `POST /repos/${REPO}/labels`, `POST /repos/${REPO}/issues -> 502`, `GET /repos/${REPO}/issues`, `POST /repos/${REPO}/issues`]);
    expect(simulator.issues(REPO)).toHaveLength(1);
  });

  test("a secondary rate limit is waited out and the creation retried once", async () => {
    simulator.inject({ method: "POST", path: /\/issues$/, status: 403, retryAfter: 0 });
    expect(await audit()).toEqual([...READS, `POST /repos/${REPO}/labels`, `POST /repos/${REPO}/issues -> 403`, `POST /repos/${REPO}/issues`]);
    expect(simulator.issues(REPO)).toHaveLength(1);
    expect(app.logs.join("")).toContain("secondary rate limit");
  });

  test("a 429 with retry-after on the query is retried", async () => {
    simulator.inject({ method: "POST", path: /^\/graphql$/, status: 429, retryAfter: 0 });
    expect(await audit()).toEqual([READS[0], "POST /graphql -> 429", "POST /graphql", `POST /repos/${REPO}/labels`, `POST /repos/${REPO}/issues`]);
  });

  test("5xx on reads and updates are retried by Octokit", async () => {
    await audit();
    simulator.push(REPO, readyFiles(), { replace: true });
    simulator.inject({ method: "GET", path: /\/git\/trees\//, status: 502 });
    simulator.inject({ method: "PATCH", path: /\/issues\/1$/, status: 500 });
    expect(await audit()).toEqual([`${READS[0]} -> 502`, ...READS, `PATCH /repos/${REPO}/issues/1 -> 500`, `PATCH /repos/${REPO}/issues/1`, `POST /repos/${REPO}/issues/1/comments`]);
    expect(simulator.issues(REPO)[0]!.state).toBe("closed");
  });

  test("a 500 on a comment that was posted: looked up by its marker, not posted twice", async () => {
    await audit();
    simulator.push(REPO, readyFiles(), { replace: true });
    simulator.inject({ method: "POST", path: /\/comments$/, status: 500, afterEffect: true });
    expect(await audit()).toEqual([...READS, `PATCH /repos/${REPO}/issues/1`, `POST /repos/${REPO}/issues/1/comments -> 500`, `GET /repos/${REPO}/issues/1/comments`]);
    expect(simulator.issues(REPO)[0]!.comments).toHaveLength(1);
  });

  test("an audit that fails is logged and retried by the queue (retries.test.ts has the details)", async () => {
    simulator.inject({ method: "POST", path: /^\/graphql$/, status: 500, times: 4 }); // the first try and Octokit's three retries
    await audit();
    expect(app.outcomes[0]?.error).toBeDefined();
    expect(app.outcomes.at(-1)?.outcome).toMatchObject({ status: "audited", verdict: "create" });
    expect(simulator.issues(REPO)).toHaveLength(1);
  });
});
