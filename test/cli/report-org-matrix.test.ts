/** `relais report --org` shares the dashboard's matrix: rules × repositories, totals, and links to the Relais issues. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { missingDocsFiles, ORGANISATION_CONFIG, readyFiles } from "../support/github-fixtures.js";
import { GithubSimulator } from "../support/github-simulator.js";
import { runCli } from "./run-cli.js";

let simulator: GithubSimulator;
beforeAll(async () => {
  simulator = new GithubSimulator();
  await simulator.start();
  simulator.addInstallation(1, "eig");
  simulator.addRepository("eig/.github", { ".github/relais.yml": ORGANISATION_CONFIG });
  simulator.addRepository("eig/pret", readyFiles());
  const outil = simulator.addRepository("eig/outil", missingDocsFiles());
  outil.labels.add("relais");
  outil.issues.push({ number: 7, title: "Relais : documents de passation manquants", body: "<!-- relais:start v=1 hash=0000000000000000 -->\n…\n<!-- relais:end -->", state: "open", stateReason: null, labels: ["relais"], author: "relais[bot]", createdAt: "2026-11-01T00:00:00Z", comments: [] });
});
afterAll(() => simulator.stop());

const run = (format: string) => runCli(["report", "--org", "eig", "--format", format, "--lang", "en"], { GITHUB_TOKEN: "ghs_sim_1", GITHUB_API_URL: simulator.url });

it("the HTML report has the matrix with a cell per rule, totals per rule and axis, and the issue link", async () => {
  const { stdout } = await run("html");
  expect(stdout).toContain('<table class="matrix">');
  const outil = stdout.split("\n").find((line) => line.includes("/eig/outil\">") && line.includes('class="cell'))!;
  expect(outil).toMatch(/<a href="https:\/\/[^/]+\/eig\/outil\/issues\/7">#7 \(open\)<\/a>/);
  expect(outil).toMatch(/<td class="cell fail" title="[^"]+ — missing: [^"]+">/);
  expect(stdout).toMatch(/<tfoot><tr><th scope="row" colspan="3">Total met<\/th><td class="num"[^>]*>\d\/2<\/td>/);
  expect(stdout).toContain('<table class="axes"><caption>By axis</caption>');
});

it("the JSON and text reports carry the issue", async () => {
  const json = JSON.parse((await run("json")).stdout);
  const outil = json.repositories.find((row: { repository: string }) => row.repository === "eig/outil");
  expect(outil.issue).toEqual({ number: 7, state: "open", url: expect.stringMatching(/^https:\/\/[^/]+\/eig\/outil\/issues\/7$/) });
  expect(outil.findings.find((finding: { rule: string }) => finding.rule === "readme")).toMatchObject({ status: expect.stringMatching(/pass|warn|fail/) });
  expect((await run("text")).stdout).toMatch(/Relais issue: #7 \(open\) https:\/\/[^/]+\/eig\/outil\/issues\/7/);
});
