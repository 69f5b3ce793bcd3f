/**
 * The App's reads are not paced as writes: its GraphQL queries go through the read lane, one at a time,
 * while Octokit's write lane (here one request every 2 s) keeps pacing the issue writes; and content
 * creations are counted from GitHub's answer, so latency cannot squeeze two into one window.
 */
import { afterEach, describe, expect, test } from "vitest";
import { systemClock, type Clock } from "../../src/app/clock.js";
import { ContentLimiter } from "../../src/app/content-limiter.js";
import { payloads, startScenario, type Scenario } from "../support/github-app-harness.js";
import { missingDocsFiles, ORGANISATION_CONFIG, readyFiles } from "../support/github-fixtures.js";

let scenario: Scenario | undefined;
afterEach(() => scenario?.close());

describe("the read client", () => {
  test("reads five repositories without waiting for the write lane, and still paces the writes", async () => {
    scenario = await startScenario(
      ORGANISATION_CONFIG,
      (github) => {
        for (let index = 0; index < 5; index++) github.addRepository(`eig/pret-${index}`, readyFiles());
        github.addRepository("eig/outil", missingDocsFiles());
      },
      { writeSpacingMs: 2_000, clock: systemClock },
    );
    const { simulator, app } = scenario;
    const started = Date.now();
    await app.deliver("installation", payloads.installationCreated(1, "eig"));
    await app.relais.idle();
    const at = (predicate: (path: string, method: string) => boolean) => simulator.requests.filter((request) => predicate(request.path, request.method)).map((request) => request.at - started);
    const queries = at((path) => path === "/graphql");
    const writes = at((_path, method) => method === "POST" && _path !== "/graphql" && !_path.startsWith("/app"));
    expect(queries).toHaveLength(7);
    // Through the 2 s write lane, each query would wait 2 s for the one before; in the read lane none
    // does (compared with the lane's pace, not an absolute time, so a loaded machine does not fail it).
    const gaps = queries.slice(1).map((at, index) => at - queries[index]!);
    expect(Math.max(...gaps)).toBeLessThan(1_900);
    expect(writes).toHaveLength(2);
    expect(Math.abs(writes[1]! - writes[0]!)).toBeGreaterThanOrEqual(1_900);
    expect(simulator.issues("eig/outil")).toHaveLength(1);
  }, 20_000);
});

describe("ContentLimiter", () => {
  test("counts a creation from GitHub's answer once it is known", async () => {
    let now = 0;
    const clock: Clock = { now: () => now, sleep: async (ms) => void (now += ms) };
    const limiter = new ContentLimiter(clock, [{ ms: 60_000, max: 1 }]);
    const answered = await limiter.acquire();
    now = 5_000; // the creation took 5 s to be answered; GitHub may have counted it at any point until then
    answered();
    await limiter.acquire();
    expect(now).toBe(65_001);
  });
});
