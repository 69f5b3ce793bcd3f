/** The command line's GitHub client: where it points, that it only reads, how it paces queries, how it words errors. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "../../src/app/clock.js";
import { createGithubClient, describeGithubError, githubAccess } from "../../src/cli/github-client.js";
import { RunError } from "../../src/cli/usage-error.js";
import { QueryLane } from "../../src/sources/github-read-lane.js";
import { readyFiles } from "../support/github-fixtures.js";
import { GithubSimulator } from "../support/github-simulator.js";

describe("githubAccess", () => {
  it.each([
    [{ GITHUB_TOKEN: "t" }, "https://api.github.com"],
    [{ GH_TOKEN: "t", GITHUB_API_URL: "https://ghe.example.gouv.fr/api/v3/" }, "https://ghe.example.gouv.fr/api/v3"],
    [{ GITHUB_TOKEN: "t", GHE_HOST: "forge.interieur.gouv.fr" }, "https://forge.interieur.gouv.fr/api/v3"],
    [{ GITHUB_TOKEN: "t", GHE_HOST: "forge.local", GHE_PROTOCOL: "http" }, "http://forge.local/api/v3"],
  ])("%o → %s", (env, baseUrl) => {
    expect(githubAccess(env)).toEqual({ token: "t", baseUrl });
  });

  it("asks for a token when there is none", () => {
    expect(() => githubAccess({ GITHUB_TOKEN: " " })).toThrow(RunError);
  });
});

describe("describeGithubError", () => {
  const access = { token: "ghp_s3cret", baseUrl: "https://api.github.com" };
  it.each([
    [{ status: 403, message: "API rate limit exceeded", response: { headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1700000000" } } }, "GitHub's rate limit for this token is used up until 2023-11-14T22:13:20.000Z; try again then"],
    [{ status: 403, message: "You have exceeded a secondary rate limit", response: { headers: { "retry-after": "60" } } }, "GitHub's secondary rate limit was hit several times; wait a few minutes, or lower --concurrency"],
    [{ status: 403, message: "Resource not accessible by integration", response: { headers: {} } }, "eig/x: access refused (403): the token lacks a permission (read access to contents, metadata and issues)"],
    [{ status: 502, message: "Bad gateway" }, "eig/x: GitHub answered 502 after several attempts; try again later"],
    [new Error("connect ECONNREFUSED with ghp_s3cret inside"), "eig/x: connect ECONNREFUSED with *** inside"],
  ])("%#", (error, message) => {
    expect(describeGithubError(error, "eig/x", access)).toBe(message);
  });
});

describe("the command line's client", () => {
  let simulator: GithubSimulator;
  beforeAll(async () => {
    simulator = new GithubSimulator();
    await simulator.start();
    simulator.addInstallation(1, "eig");
    simulator.addRepository("eig/pret", readyFiles());
  });
  afterAll(() => simulator.stop());

  it("reads, and refuses any write before it leaves", async () => {
    const octokit = createGithubClient({ token: "ghs_sim_1", baseUrl: simulator.url }, { warn: () => undefined });
    const mark = simulator.requests.length;
    await expect(octokit.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { owner: "eig", repo: "pret", tree_sha: "HEAD" })).resolves.toMatchObject({ status: 200 });
    await expect(octokit.request("POST /repos/{owner}/{repo}/issues", { owner: "eig", repo: "pret", title: "x" })).rejects.toThrow(/read-only GitHub client refused POST/);
    await expect(octokit.graphql("mutation { addStar(input: {starrableId: \"x\"}) { clientMutationId } }")).rejects.toThrow(/read-only/);
    expect(simulator.since(mark)).toEqual(["GET /repos/eig/pret/git/trees/HEAD"]);
    expect(simulator.issues("eig/pret")).toEqual([]);
  });
});

describe("QueryLane", () => {
  it("runs one query at a time, each starting at least the spacing after the previous one", async () => {
    let now = 0;
    const clock: Clock = { now: () => now, sleep: async (ms) => void (now += ms) };
    const lane = new QueryLane(clock, 50);
    const log: string[] = [];
    let running = 0;
    const task = (name: string, ms: number) => async () => {
      running++;
      log.push(`${name} starts at ${now} (${running} running)`);
      await new Promise((resolve) => setTimeout(resolve, 1));
      now += ms;
      running--;
      if (name === "b") throw new Error("b failed");
      return name;
    };
    const results = await Promise.allSettled([lane.run(task("a", 10)), lane.run(task("b", 100)), lane.run(task("c", 0))]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(log).toEqual(["a starts at 0 (1 running)", "b starts at 50 (1 running)", "c starts at 150 (1 running)"]);
  });
});
