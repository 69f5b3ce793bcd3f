/** Configured `paths` and guides in unusual folders reach the App: through real webhooks, the issue says what the CLI says. */
import { afterEach, beforeEach, expect, test } from "vitest";
import { startScenario, type Scenario } from "../support/github-app-harness.js";
import { missingDocsFiles, PNG } from "../support/github-fixtures.js";

let scenario: Scenario;
beforeEach(async () => {
  scenario = await startScenario("");
});
afterEach(() => scenario.close());

const DESCRIPTION = "Cet outil aide les agents des affaires maritimes à préparer leurs contrôles de navires à partir des données historiques.";

test("an installation guide named by the configuration, and a diagram, close the issue's gaps", async () => {
  const { simulator } = scenario;
  simulator.addRepository("eig/ops", { ...missingDocsFiles(), "README.md": `# Outil\n\n${DESCRIPTION}\n` });
  await scenario.push("eig/ops");
  const [opened] = simulator.issues("eig/ops");
  expect(opened!.body).toContain("install-docs");

  simulator.push("eig/ops", {
    "ops/mise-en-route.md": "Voir la procédure de la DSI.\n",
    ".github/relais.yml": "paths:\n  install-docs: [\"ops/*.md\"]\n",
    "docs/architecture.png": PNG,
  });
  await scenario.push("eig/ops");
  const [issue] = simulator.issues("eig/ops");
  expect(issue!.state).toBe("closed");
});
