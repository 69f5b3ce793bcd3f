/** What every Store must do, run against SQLite and PostgreSQL alike. */
import { afterEach, beforeEach, expect, test } from "vitest";
import { ANONYMOUS, type Store } from "../../src/store/store.js";
import { syntheticRecord } from "./synthetic-reports.js";

export function storeContract(open: () => Promise<Store>): void {
  let store: Store;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(() => store.close());

  test("keeps the last audit and one history row per change, not per audit", async () => {
    await store.recordAudit(syntheticRecord("eig/alpha", { failing: ["readme"], at: "2026-11-01T08:00:00.000Z", issue: { number: 3, state: "open" } }));
    await store.recordAudit(syntheticRecord("eig/alpha", { failing: ["readme"], at: "2026-11-02T08:00:00.000Z", issue: { number: 3, state: "open" } }));
    await store.recordAudit(syntheticRecord("eig/alpha", { failing: [], at: "2026-11-03T08:00:00.000Z", issue: { number: 3, state: "closed" } }));
    const detail = await store.repository(ANONYMOUS, "eig/alpha");
    expect(detail).toMatchObject({ repository: "eig/alpha", owner: "eig", auditedAt: "2026-11-03T08:00:00.000Z", ready: true, issue: { number: 3, state: "closed" }, licence: "MIT", homologated: true });
    expect(detail!.report!.repository).toBe("eig/alpha");
    expect(detail!.rules.readme).toBe("pass");
    expect(detail!.history.map((entry) => [entry.changedAt, entry.ready])).toEqual([
      ["2026-11-03T08:00:00.000Z", true],
      ["2026-11-01T08:00:00.000Z", false],
    ]);
    expect((await store.lastAudits()).get("eig/alpha")).toBe("2026-11-03T08:00:00.000Z");
  });

  test("private repositories only for a viewer who may see them", async () => {
    await store.recordAudit(syntheticRecord("eig/public"));
    await store.recordAudit(syntheticRecord("eig/secret", { visibility: "private" }));
    expect((await store.listRepositories(ANONYMOUS, { limit: 10, offset: 0 })).rows.map((row) => row.repository)).toEqual(["eig/public"]);
    expect(await store.repository(ANONYMOUS, "eig/secret")).toBeUndefined();
    const viewer = { privateRepositories: ["eig/secret"] };
    expect((await store.listRepositories(viewer, { limit: 10, offset: 0 })).rows.map((row) => row.repository)).toEqual(["eig/public", "eig/secret"]);
    expect(await store.organisations(ANONYMOUS)).toEqual([{ owner: "eig", repositories: 1, ready: 1, notReady: 0, skipped: 0 }]);
  });

  test("filters, sorts, pages and counts in the database", async () => {
    await store.recordAudit(syntheticRecord("eig/a-ready"));
    await store.recordAudit(syntheticRecord("eig/b-no-readme", { failing: ["readme", "install-docs"] }));
    await store.recordAudit(syntheticRecord("eig/c-no-licence", { failing: ["licence-file"], licence: null }));
    await store.recordAudit(syntheticRecord("dinum/d_ready"));
    const names = async (query: Parameters<Store["listRepositories"]>[1]) => (await store.listRepositories(ANONYMOUS, query)).rows.map((row) => row.repository);
    expect(await names({ organisation: "eig", limit: 10, offset: 0 })).toEqual(["eig/a-ready", "eig/b-no-readme", "eig/c-no-licence"]);
    expect(await names({ state: "not-ready", limit: 10, offset: 0 })).toEqual(["eig/b-no-readme", "eig/c-no-licence"]);
    expect(await names({ rule: "readme", limit: 10, offset: 0 })).toEqual(["eig/b-no-readme"]);
    expect(await names({ licence: "none", limit: 10, offset: 0 })).toEqual(["eig/c-no-licence"]);
    expect(await names({ search: "D_R", limit: 10, offset: 0 })).toEqual(["dinum/d_ready"]);
    expect(await names({ search: "_", limit: 10, offset: 0 })).toEqual(["dinum/d_ready"]);
    expect(await names({ sort: "missing", descending: true, limit: 1, offset: 0 })).toEqual(["eig/b-no-readme"]);
    const page = await store.listRepositories(ANONYMOUS, { limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 4 });
    expect(page.rows.map((row) => row.repository)).toEqual(["eig/b-no-readme", "eig/c-no-licence"]);
    const totals = await store.ruleTotals(ANONYMOUS, { organisation: "eig" });
    expect(totals.readme).toEqual({ pass: 2, fail: 1 });
    expect(totals["licence-file"]).toEqual({ pass: 2, fail: 1 });
  });

  test("ready and not-ready repositories at the end of each day", async () => {
    await store.recordAudit(syntheticRecord("eig/one", { failing: ["readme"], at: "2026-11-01T08:00:00.000Z" }));
    await store.recordAudit(syntheticRecord("eig/two", { at: "2026-11-02T08:00:00.000Z" }));
    await store.recordAudit(syntheticRecord("eig/one", { at: "2026-11-03T23:59:00.000Z" }));
    const days = await store.readyOverTime(ANONYMOUS, {}, new Date("2026-11-04T12:00:00Z"), 5);
    expect(days).toEqual([
      { day: "2026-10-31", ready: 0, notReady: 0 },
      { day: "2026-11-01", ready: 0, notReady: 1 },
      { day: "2026-11-02", ready: 1, notReady: 1 },
      { day: "2026-11-03", ready: 2, notReady: 0 },
      { day: "2026-11-04", ready: 2, notReady: 0 },
    ]);
  });

  test("sessions expire", async () => {
    await store.saveSession({ id: "s1", login: "octo", privateRepositories: ["eig/secret"], expiresAt: "2026-11-02T00:00:00.000Z" });
    expect(await store.session("s1", new Date("2026-11-01T00:00:00Z"))).toMatchObject({ login: "octo", privateRepositories: ["eig/secret"] });
    expect(await store.session("s1", new Date("2026-11-03T00:00:00Z"))).toBeUndefined();
    expect(await store.session("s1", new Date("2026-11-01T00:00:00Z"))).toBeUndefined();
  });
}
