/**
 * The store named by DATABASE_URL: `sqlite:PATH` (default `sqlite:.relais/relais.sqlite`, relative to
 * the working directory) or `postgres://…` / `postgresql://…`. Migrations run before it is returned.
 */
import { resolve } from "node:path";
import { migrate } from "./migrate.js";
import type { SqlDriver } from "./sql-driver.js";
import { SqlStore } from "./sql-store.js";

export const DEFAULT_DATABASE_URL = "sqlite:.relais/relais.sqlite";

export async function openStore(url: string = DEFAULT_DATABASE_URL): Promise<SqlStore> {
  const driver = await openDriver(url);
  try {
    await migrate(driver);
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw error;
  }
  return new SqlStore(driver);
}

async function openDriver(url: string): Promise<SqlDriver> {
  if (url.startsWith("sqlite:")) {
    const path = url.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
    if (!path) throw new Error("DATABASE_URL: sqlite: needs a file path, e.g. sqlite:.relais/relais.sqlite");
    const { openSqlite } = await import("./sqlite-driver.js");
    return openSqlite(path === ":memory:" ? path : resolve(path));
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { openPostgres } = await import("./postgres-driver.js");
    return openPostgres(url);
  }
  // The URL may hold a password: name the scheme only.
  throw new Error(`DATABASE_URL: unknown scheme "${url.split(":")[0]}"; use sqlite:PATH or postgres://USER@HOST/DATABASE`);
}
