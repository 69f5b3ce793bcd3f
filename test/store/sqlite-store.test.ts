import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { migrate } from "../../src/store/migrate.js";
import { openStore } from "../../src/store/open-store.js";
import { openSqlite } from "../../src/store/sqlite-driver.js";
import { ANONYMOUS } from "../../src/store/store.js";
import { tempTree } from "../support/temp-dir.js";
import { storeContract } from "./store-contract.js";
import { syntheticRecord } from "./synthetic-reports.js";

describe("SQLite store", () => {
  storeContract(async () => openStore(`sqlite:${join(tempTree({}), "relais.sqlite")}`));

  test("a file survives closing and reopening, and migrations run once", async () => {
    const path = join(tempTree({}), "nested", "relais.sqlite");
    const first = await openStore(`sqlite:${path}`);
    await first.recordAudit(syntheticRecord("eig/kept"));
    await first.close();
    const driver = openSqlite(path);
    expect(await migrate(driver)).toEqual([]);
    expect((await driver.all("SELECT version FROM schema_migrations")).map((row) => row.version)).toEqual(MIGRATIONS.map((migration) => migration.version));
    await driver.close();
    const second = await openStore(`sqlite:${path}`);
    expect((await second.listRepositories(ANONYMOUS, { limit: 5, offset: 0 })).rows.map((row) => row.repository)).toEqual(["eig/kept"]);
    await second.close();
  });

  test("an unknown scheme is refused without echoing the URL", async () => {
    await expect(openStore("mysql://user:hunter2@host/db")).rejects.toThrow(/unknown scheme "mysql"; use sqlite:PATH/);
    await expect(openStore("mysql://user:hunter2@host/db")).rejects.not.toThrow(/hunter2/);
  });
});
