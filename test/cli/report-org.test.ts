/** `relais report --org ORG` against the local GitHub simulator. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { missingDocsFiles, ORGANISATION_CONFIG, readyFiles } from "../support/github-fixtures.js";
import { GithubSimulator } from "../support/github-simulator.js";
import { runCli } from "./run-cli.js";

const HOSTILE = `<script>alert("x")</script> & =HYPERLINK("http://evil.test","clic"), "quoted"\nsecond line`;
let simulator: GithubSimulator;

beforeAll(async () => {
  simulator = new GithubSimulator();
  await simulator.start();
  simulator.addInstallation(1, "eig");
  simulator.addInstallation(2, "vide");
  simulator.addRepository("eig/.github", { ".github/relais.yml": ORGANISATION_CONFIG });
  simulator.addRepository("eig/pret", readyFiles(), { description: "Signalement des nuisances" });
  simulator.addRepository("eig/outil", missingDocsFiles(), { description: HOSTILE });
  simulator.addRepository("eig/ancien", missingDocsFiles(), { archived: true });
  simulator.addRepository("eig/copie", missingDocsFiles(), { fork: true });
  simulator.addRepository("eig/neuf", {});
});

afterAll(() => simulator.stop());

function run(argv: string[], env: Record<string, string | undefined> = { GITHUB_TOKEN: "ghs_sim_1", GITHUB_API_URL: simulator.url }) {
  return runCli(argv, env);
}

describe("relais report --org", () => {
  it("audits every repository in two reads each, skips archived ones and forks without reading them, and exits 1", async () => {
    const mark = simulator.requests.length;
    const { code, stdout, stderr } = await run(["report", "--org", "eig", "--format", "json"]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const rows = Object.fromEntries(report.repositories.map((row: { repository: string }) => [row.repository, row]));
    expect(report.summary).toEqual({ repositories: 6, audited: 2, passing: 1, failing: 1, skipped: 4, errors: 0 });
    expect(rows["eig/pret"]).toMatchObject({ status: "pass", licence: { spdx: "MIT", homologated: true }, missingRequired: [] });
    expect(rows["eig/outil"]).toMatchObject({ status: "fail", description: HOSTILE });
    // The organisation's defaults make the contribution guide required.
    expect(rows["eig/outil"].missingRequired).toContain("contributing");
    expect(rows["eig/ancien"]).toMatchObject({ status: "skipped", skipReason: "archived" });
    expect(rows["eig/copie"]).toMatchObject({ status: "skipped", skipReason: "fork" });
    expect(rows["eig/neuf"]).toMatchObject({ status: "skipped", skipReason: "empty" });
    expect(rows["eig/.github"]).toMatchObject({ status: "skipped", skipReason: "settings-repository" });
    const requests = simulator.since(mark);
    expect(requests[0]).toMatch(/^GET \/orgs\/eig\/repos/);
    expect(requests.filter((request) => /ancien|copie|\.github/.test(request))).toEqual([]);
    expect(requests.filter((request) => request.startsWith("POST /graphql"))).toHaveLength(3);
    expect(requests.filter((request) => !request.startsWith("GET"))).toEqual(requests.filter((request) => request === "POST /graphql"));
  });

  it("audits archived repositories and forks when asked", async () => {
    const { stdout } = await run(["report", "--org", "eig", "--format", "json", "--include-archived", "--include-forks"]);
    const report = JSON.parse(stdout);
    expect(report.summary).toMatchObject({ audited: 4, failing: 3, skipped: 2 });
  });

  it("writes RFC 4180 CSV, quoting and defusing a hostile description", async () => {
    const { code, stdout } = await run(["report", "--org", "eig", "--format", "csv", "--lang", "en"]);
    expect(code).toBe(1);
    const lines = stdout.split("\r\n");
    expect(lines[0]).toBe("Repository,Description,Status,Reason,Licence (SPDX),Licence homologated,Required met,Required missing,Missing (required),Missing (recommended),Visibility,Archived,Fork,Invalid configuration,Address");
    expect(stdout).toContain(`eig/outil,"<script>alert(""x"")</script> & =HYPERLINK(""http://evil.test"",""clic""), ""quoted""\nsecond line",incomplete,`);
    expect(stdout).toMatch(/^eig\/pret,Signalement des nuisances,ready,,MIT,yes,\d+,0,,/m);
    expect(stdout).toContain("eig/ancien,,not audited,archived repository,");
    expect(stdout.endsWith("\r\n")).toBe(true);
  });

  it("puts a cell that starts like a formula out of a spreadsheet's reach", async () => {
    simulator.addInstallation(3, "formule");
    simulator.addRepository("formule/calc", readyFiles(), { installationId: 3, description: "=1+1" });
    const { stdout } = await run(["report", "--org", "formule", "--format", "csv"], { GITHUB_TOKEN: "ghs_sim_3", GITHUB_API_URL: simulator.url });
    expect(stdout).toContain("formule/calc,'=1+1,");
  });

  it("writes a self-contained HTML page with every repository value escaped", async () => {
    const { code, stdout } = await run(["report", "--org", "eig", "--format", "html"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).not.toContain("<script");
    expect(stdout).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; =HYPERLINK(&quot;http://evil.test&quot;");
    expect(stdout).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(stdout).not.toMatch(/<(link|img|script|iframe)\b/);
    expect(stdout).not.toMatch(/src=/);
    expect(stdout).toContain('<html lang="fr">');
    expect(stdout).toContain("Guide de contribution");
  });

  it("prints a readable table by default", async () => {
    const { stdout } = await run(["report", "--org", "eig", "--lang", "en"]);
    expect(stdout).toMatch(/✔ eig\/pret +ready/);
    expect(stdout).toMatch(/✘ eig\/outil +incomplete/);
    expect(stdout).toContain("Missing (required): ");
    expect(stdout).toContain("6 repositories: 1 ready, 1 incomplete, 4 not audited, 0 errors");
  });

  it("exits 0 when every audited repository passes", async () => {
    simulator.addInstallation(4, "pretes");
    simulator.addRepository("pretes/un", readyFiles(), { installationId: 4 });
    simulator.addRepository("pretes/vieux", missingDocsFiles(), { installationId: 4, archived: true });
    expect((await run(["report", "--org", "pretes"], { GITHUB_TOKEN: "ghs_sim_4", GITHUB_API_URL: simulator.url })).code).toBe(0);
  });

  it("exits 2 with a clear message for an unknown organisation, a missing token, or bad options", async () => {
    const unknown = await run(["report", "--org", "personne"]);
    expect(unknown).toMatchObject({ code: 2, stdout: "" });
    expect(unknown.stderr).toBe("relais: organisation personne: not found, or not visible with this token (a private repository needs a token with access to it)\n");
    const noToken = await run(["report", "--org", "eig"], { GITHUB_API_URL: simulator.url });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain("no GitHub token");
    for (const argv of [["report"], ["report", "--org", "eig", "--format", "markdown"], ["report", "--org", "eig", "--concurrency", "0"], ["report", "eig"]]) {
      const { code, stderr } = await run(argv);
      expect(code).toBe(2);
      expect(stderr).toContain("Usage:");
    }
  });

  it("reports a repository it could not read as an error row and exits 2", async () => {
    simulator.inject({ method: "GET", path: /^\/repos\/eig\/pret\/git\/trees/, status: 404 });
    const { code, stdout } = await run(["report", "--org", "eig", "--format", "json"]);
    expect(code).toBe(2);
    const row = JSON.parse(stdout).repositories.find((candidate: { repository: string }) => candidate.repository === "eig/pret");
    expect(row).toMatchObject({ status: "error", error: expect.stringContaining("not found") });
  });
});
