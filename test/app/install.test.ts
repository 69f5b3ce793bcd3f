import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { GithubSimulator } from "../support/github-simulator.js";
import { payloads, startScenario, type AppHarness, type Scenario } from "../support/github-app-harness.js";
import { missingDocsFiles, noLicenceFiles, ORGANISATION_CONFIG, readyFiles } from "../support/github-fixtures.js";

let scenario: Scenario;
let simulator: GithubSimulator;
let app: AppHarness;

beforeEach(async () => {
  scenario = await startScenario(ORGANISATION_CONFIG, (github) => {
    github.addRepository("eig/pret", readyFiles());
    github.addRepository("eig/sans-docs", missingDocsFiles());
    github.addRepository("eig/sans-licence", noLicenceFiles());
  });
  ({ simulator, app } = scenario);
});

afterEach(() => scenario.close());

const PER_REPOSITORY_READS = (name: string) => [`GET /repos/eig/${name}/git/trees/HEAD`, "POST /graphql"];

describe("installation on an organisation", () => {
  test("opens one issue per repository that lacks a required document, none for the ready one", async () => {
    const answer = await app.deliver("installation", payloads.installationCreated(1, "eig"));
    expect(answer.status).toBe(200);
    await app.relais.idle();

    expect(simulator.issues("eig/pret")).toHaveLength(0);
    expect(simulator.issues("eig/.github")).toHaveLength(0);
    for (const name of ["sans-docs", "sans-licence"]) {
      const [issue, ...others] = simulator.issues(`eig/${name}`);
      expect(others).toHaveLength(0);
      expect(issue!.title).toBe("Relais : documents de passation manquants");
      expect(issue!.labels).toEqual(["relais"]);
      expect(issue!.body).toMatch(/^<!-- relais:start v=1 hash=[0-9a-f]{16} -->\n/);
      expect(issue!.body).toContain("<!-- relais:end -->");
    }
    expect(simulator.issues("eig/sans-licence")[0]!.body).toContain("`contributing`");

    const requests = simulator.since(0).sort();
    const expected = [
      "GET /installation/repositories",
      ...["pret", "sans-docs", "sans-licence", ".github"].flatMap(PER_REPOSITORY_READS),
      ...["sans-docs", "sans-licence"].flatMap((name) => [`POST /repos/eig/${name}/labels`, `POST /repos/eig/${name}/issues`]),
    ].sort();
    expect(requests).toEqual(expected);
  });

  test("the same delivery ten times at once still leaves two issues", async () => {
    const payload = payloads.installationCreated(1, "eig");
    const answers = await Promise.all(Array.from({ length: 10 }, () => app.deliver("installation", payload, { id: "delivery-1" })));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    await app.relais.idle();
    expect(simulator.issues("eig/sans-docs")).toHaveLength(1);
    expect(simulator.issues("eig/sans-licence")).toHaveLength(1);
    expect(simulator.since(0).filter((line) => line === "GET /installation/repositories")).toHaveLength(1);
  });

  test("ten different deliveries for one repository at once: audits collapse, one issue", async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => app.deliver("push", payloads.push(1, "eig/sans-docs"))));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    await app.relais.idle();
    expect(simulator.issues("eig/sans-docs")).toHaveLength(1);
    // One audit running and at most one queued: two audits, however many deliveries.
    expect(simulator.since(0).filter((line) => line === "POST /graphql")).toHaveLength(2);
  });

  test("answers webhooks at once: the audit runs after the response", async () => {
    simulator.addRepository("eig/lent", missingDocsFiles());
    const answer = await app.deliver("installation_repositories", payloads.repositoriesAdded(1, ["eig/lent"]));
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(1_000);
    await app.relais.idle();
    expect(simulator.issues("eig/lent")).toHaveLength(1);
  });

  test("refuses a delivery whose signature is wrong, and audits nothing", async () => {
    const answer = await app.deliver("installation", payloads.installationCreated(1, "eig"), { secret: "not-the-secret" });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    await app.relais.idle();
    expect(simulator.since(0, { auth: true })).toEqual([]);
  });

  test("never logs a token or the private key", async () => {
    await app.deliver("installation", payloads.installationCreated(1, "eig"));
    await app.relais.idle();
    const logs = app.logs.join("\n");
    expect(logs).not.toContain("ghs_sim_");
    expect(logs).not.toContain("PRIVATE KEY");
    expect(logs).toContain("repository audited");
  });
});
