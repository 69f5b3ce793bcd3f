import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { payloads } from "../support/github-app-harness.js";
import { tempTree } from "../support/temp-dir.js";
import { openStore } from "../../src/store/open-store.js";
import { ANONYMOUS } from "../../src/store/store.js";
import { startDashboardScene, type DashboardScene } from "./dashboard-scene.js";

let scene: DashboardScene | undefined;
afterEach(async () => {
  await scene?.close();
  scene = undefined;
});

const everyone = { privateRepositories: ["eig/confidentiel"] };

/** Waits until the catch-up (queued on a zero timer at start) has run and its audits finished. */
async function settle(current: DashboardScene): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  await current.app.relais.idle();
}

describe("the App keeps every audit", () => {
  test("an installation stores each repository with its commit, visibility, report and issue", async () => {
    scene = await startDashboardScene();
    await settle(scene);
    const { rows } = await scene.store.listRepositories(everyone, { limit: 10, offset: 0 });
    expect(rows.map((row) => [row.repository, row.state, row.ready, row.private])).toEqual([
      ["eig/.github", "skipped", null, false],
      ["eig/confidentiel", "audited", false, true],
      ["eig/pret", "audited", true, false],
      ["eig/sans-docs", "audited", false, false],
    ]);
    const missing = await scene.store.repository(ANONYMOUS, "eig/sans-docs");
    const issue = scene.simulator.issues("eig/sans-docs")[0]!;
    expect(missing).toMatchObject({ commit: scene.simulator.repository("eig/sans-docs").commit, issue: { number: issue.number, state: "open" } });
    expect(missing!.report!.findings.length).toBeGreaterThan(10);
    expect(await scene.store.repository(ANONYMOUS, "eig/confidentiel")).toBeUndefined();
  });

  test("a push that fixes a repository closes its issue and adds one history row", async () => {
    scene = await startDashboardScene();
    await settle(scene);
    await scene.push("eig/sans-docs");
    expect((await scene.store.repository(ANONYMOUS, "eig/sans-docs"))!.history).toHaveLength(1);
    const { readyFiles } = await import("../support/github-fixtures.js");
    scene.simulator.push("eig/sans-docs", readyFiles(), { replace: true });
    await scene.push("eig/sans-docs");
    const detail = await scene.store.repository(ANONYMOUS, "eig/sans-docs");
    expect(detail).toMatchObject({ ready: true, issue: { state: "closed" } });
    expect(detail!.history.map((entry) => entry.ready)).toEqual([true, false]);
  });
});

describe("catch-up at start", () => {
  test("only repositories without a recent audit are queued", async () => {
    const databaseUrl = `sqlite:${join(tempTree({}), "relais.sqlite")}`;
    const first = await startDashboardScene({ databaseUrl });
    await settle(first);
    await first.close();

    // Age one audit past the schedule interval, forget another: a restart audits those two only.
    const store = await openStore(databaseUrl);
    const stale = (await store.repository(ANONYMOUS, "eig/pret"))!;
    await store.recordAudit({ repository: "eig/pret", installationId: 1, visibility: "public", description: null, commit: stale.commit, auditedAt: "2020-01-01T00:00:00.000Z", state: "audited", skipReason: null, report: stale.report, issue: null });
    await store.close();

    scene = await startDashboardScene({ databaseUrl });
    await settle(scene);
    const repositoryReads = scene.simulator.since(0).filter((line) => line.endsWith("/git/trees/HEAD"));
    expect(repositoryReads).toEqual(["GET /repos/eig/pret/git/trees/HEAD"]);
    expect((await scene.store.lastAudits()).get("eig/pret")).not.toBe("2020-01-01T00:00:00.000Z");
  });

  test("a repeated installation delivery after a restart leaves one issue per repository", async () => {
    const databaseUrl = `sqlite:${join(tempTree({}), "relais.sqlite")}`;
    const first = await startDashboardScene({ databaseUrl });
    await settle(first);
    await first.close();
    scene = await startDashboardScene({ databaseUrl });
    await scene.app.deliver("installation", payloads.installationCreated(1, "eig"));
    await settle(scene);
    expect(scene.simulator.issues("eig/sans-docs")).toHaveLength(1);
  });
});
