/** The health endpoint a load balancer polls, served by the real Probot server next to the webhooks. */
import { afterAll, beforeAll, expect, test } from "vitest";
import { HEALTH_PATH } from "../../src/work/health.js";
import { startScenario, type Scenario } from "../support/github-app-harness.js";

let scenario: Scenario;
beforeAll(async () => {
  scenario = await startScenario("");
});
afterAll(async () => {
  await scenario?.close();
});

test("answers 200 with a status and nothing else, in process", async () => {
  const response = await fetch(new URL(HEALTH_PATH, scenario.app.url));
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  expect(scenario.app.relais.backend).toBe("in-process");
});

test("leaves other paths to the rest of the server", async () => {
  const response = await fetch(new URL("/relais/healthz", scenario.app.url));
  expect(response.status).toBe(404);
});
