import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ProbotOctokit } from "probot";
import { candidateRank, selectCandidates } from "../../src/sources/github-candidates.js";
import { fetchGithubRepository, RepositoryNotFound } from "../../src/sources/github.js";
import { GithubSimulator } from "../support/github-simulator.js";
import { readyFiles } from "../support/github-fixtures.js";

describe("candidate files", () => {
  test.each([
    [".github/relais.yml", 0],
    ["LICENSE", 1],
    ["README.md", 1],
    ["package.json", 2],
    ["publiccode.yml", 2],
    ["CHANGELOG.md", 2],
    [".github/CONTRIBUTING.md", 3],
    ["docs/install.md", 5],
    ["backend/README.md", 5],
    ["docs/architecture.puml", 6],
    ["ops/INSTALL.md", 5],
    // Wherever a rule may read a document, the App fetches it (the CLI reads it lazily).
    ["backend/INSTALL", 5],
    ["aide/faq.md", 5],
    ["roadmap/PERSPECTIVES.md", 5],
    ["ops/guide.rst", 5],
    ["api/LICENSE", 5],
    ["api/LICENCE.txt", 5],
    ["scripts/deploy", undefined],
    ["site/index.html", undefined],
    ["node_modules/x/README.md", undefined],
    ["vendor/lib/LICENSE", undefined],
    ["src/index.ts", undefined],
    ["docs/architecture.png", undefined],
    [".github/workflows/ci.yml", undefined],
  ])("%s → %s", (path, rank) => {
    expect(candidateRank(path)).toBe(rank);
  });

  test("caps by count and bytes, most important first; files over 1 MB never fetched", () => {
    const files = [
      { path: "docs/b.md", oid: "b", size: 10 },
      { path: "LICENSE", oid: "l", size: 10 },
      { path: "docs/a.md", oid: "a", size: 10 },
      { path: "README.md", oid: "r", size: 2_000_000 },
    ];
    const { fetch, skipped } = selectCandidates(files, { maxFiles: 2, maxBytes: 1_000 });
    expect(fetch.map((file) => file.path)).toEqual(["LICENSE", "docs/a.md"]);
    expect(skipped.map((file) => file.path)).toEqual(["docs/b.md"]);
  });
});

describe("fetchGithubRepository", () => {
  const simulator = new GithubSimulator();
  let octokit: InstanceType<typeof ProbotOctokit>;
  beforeAll(async () => {
    await simulator.start();
    simulator.addInstallation(1, "eig");
    octokit = new ProbotOctokit({ auth: { token: "ghs_sim_1" }, baseUrl: simulator.url, retry: { enabled: false }, throttle: { enabled: false } });
  });
  afterAll(() => simulator.stop());

  test("a snapshot in two requests: tree and one query", async () => {
    simulator.addRepository("eig/pret", { ...readyFiles(), "src/app.ts": "export {};\n", ".github/relais.yml": "language: en\n" }, { description: "Signalements" });
    const mark = simulator.requests.length;
    const state = await fetchGithubRepository(octokit, { owner: "eig", repo: "pret", label: "relais" });
    expect(simulator.since(mark)).toEqual(["GET /repos/eig/pret/git/trees/HEAD", "POST /graphql"]);
    expect(state.requests).toBe(2);
    const { snapshot } = state;
    expect(snapshot.files).toContain("src/app.ts");
    expect(snapshot.content("LICENSE").state).toBe("text");
    expect(snapshot.content("docs/architecture.png").state).toBe("not-fetched");
    // A few source files are fetched for their SPDX-License-Identifier headers, as the licence analysis reads them.
    expect(snapshot.content("src/app.ts").state).toBe("text");
    expect(snapshot.content("nope").state).toBe("missing");
    expect(snapshot.metadata).toMatchObject({ fullName: "eig/pret", source: "github", visibility: "public", archived: false, fork: false, empty: false, defaultBranch: "main", description: "Signalements", truncated: false });
    expect(snapshot.metadata.headCommit).toMatch(/^[0-9a-f]{40}$/);
    expect(state.repositoryConfig).toEqual({ file: "eig/pret:.github/relais.yml", text: "language: en\n" });
    expect(state.organisationConfig).toBeUndefined();
    expect(state.issuesEnabled).toBe(true);
    expect(state.labelExists).toBe(false);
  });

  test("binary candidates, truncated trees and missing blobs degrade, never throw", async () => {
    simulator.addRepository("eig/gros", { "README.md": "# Gros\n", LICENSE: Buffer.from([0, 1, 2, 3]) }, { truncated: true });
    const state = await fetchGithubRepository(octokit, { owner: "eig", repo: "gros", label: "relais" });
    expect(state.snapshot.metadata.truncated).toBe(true);
    expect(state.snapshot.content("LICENSE").state).toBe("binary");
    expect(state.snapshot.content("README.md")).toMatchObject({ state: "text", text: "# Gros\n" });
  });

  test("an empty repository has no files; a missing one is an error of its own", async () => {
    simulator.addRepository("eig/vide", {});
    const state = await fetchGithubRepository(octokit, { owner: "eig", repo: "vide", label: "relais" });
    expect(state.snapshot.files).toEqual([]);
    expect(state.snapshot.metadata.empty).toBe(true);
    await expect(fetchGithubRepository(octokit, { owner: "eig", repo: "absent", label: "relais" })).rejects.toBeInstanceOf(RepositoryNotFound);
  });
});
