/** `relais audit OWNER/REPO` against the local GitHub simulator, pointed at with GITHUB_API_URL. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditTarget } from "../../src/cli/target.js";
import { missingDocsFiles, readyFiles } from "../support/github-fixtures.js";
import { GithubSimulator } from "../support/github-simulator.js";
import { runCli } from "./run-cli.js";

const TOKEN = "ghs_sim_1";
let simulator: GithubSimulator;

beforeAll(async () => {
  simulator = new GithubSimulator();
  await simulator.start();
  simulator.addInstallation(1, "eig");
  simulator.addRepository("eig/pret", readyFiles());
  simulator.addRepository("eig/outil", missingDocsFiles());
  simulator.addRepository("eig/mal-configure", { ...readyFiles(), ".github/relais.yml": "rules:\n  readme: mandatory\n" });
});

afterAll(() => simulator.stop());

function run(argv: string[], env: Record<string, string | undefined> = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: simulator.url }) {
  return runCli(argv, env);
}

describe("relais audit OWNER/REPO", () => {
  it("prints the JSON contract for a ready repository in two read requests, and exits 0", async () => {
    const mark = simulator.requests.length;
    const { code, stdout, stderr } = await run(["audit", "eig/pret", "--format", "json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ schemaVersion: 1, repository: "eig/pret", licence: { spdx: "MIT", homologated: true }, summary: { ok: true } });
    expect(simulator.since(mark)).toEqual(["GET /repos/eig/pret/git/trees/HEAD", "POST /graphql"]);
  });

  it("exits 1 and names what is missing", async () => {
    const { code, stdout } = await run(["audit", "eig/outil", "--lang", "en"]);
    expect(code).toBe(1);
    expect(stdout).toContain("eig/outil");
    expect(stdout).toContain("Contribution guide");
  });

  it("says a repository is not found or not visible, without a stack trace", async () => {
    const { code, stdout, stderr } = await run(["audit", "eig/inexistant", "--format", "json"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("relais: eig/inexistant: not found, or not visible with this token (a private repository needs a token with access to it)\n");
  });

  it("says how to provide a token when there is none", async () => {
    const { code, stderr } = await run(["audit", "eig/pret"], { GITHUB_API_URL: simulator.url });
    expect(code).toBe(2);
    expect(stderr).toMatch(/no GitHub token: set GITHUB_TOKEN \(or GH_TOKEN\)/);
  });

  it("takes GH_TOKEN too, and names a refused token without printing it", async () => {
    expect((await run(["audit", "eig/pret"], { GH_TOKEN: TOKEN, GITHUB_API_URL: simulator.url })).code).toBe(0);
    const { code, stderr } = await run(["audit", "eig/pret"], { GITHUB_TOKEN: "ghp_secretvalue", GITHUB_API_URL: simulator.url });
    expect(code).toBe(2);
    expect(stderr).toContain("GitHub refused the token (401 Bad credentials)");
    expect(stderr).not.toContain("ghp_secretvalue");
  });

  it("stops on the repository's invalid configuration, naming file, line and key", async () => {
    const { code, stderr } = await run(["audit", "eig/mal-configure"]);
    expect(code).toBe(2);
    expect(stderr).toContain("eig/mal-configure:.github/relais.yml:2: rules.readme: must be one of");
  });

  it("refuses report-only options", async () => {
    const { code, stderr } = await run(["audit", "eig/pret", "--org", "eig"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--org ne s'applique pas à audit");
  });
});

describe("what `relais audit TARGET` names", () => {
  it.each([
    ["etalab/relais", false, { kind: "github", owner: "etalab", repo: "relais" }],
    ["etalab/relais.git", false, { kind: "github", owner: "etalab", repo: "relais" }],
    ["docs/site", true, { kind: "directory", directory: "docs/site" }],
    ["./etalab/relais", false, { kind: "directory", directory: "./etalab/relais" }],
    [".", true, { kind: "directory", directory: "." }],
    ["/srv/a/b", false, { kind: "directory", directory: "/srv/a/b" }],
    ["etalab/..", false, { kind: "directory", directory: "etalab/.." }],
  ])("%s (exists: %s)", (target, exists, expected) => {
    expect(auditTarget(target, () => exists)).toEqual(expected);
  });
});
