/**
 * SQLite through better-sqlite3 (synchronous, in process). WAL mode so the dashboard reads while the
 * App writes; transactions are serialised by a promise chain, since one connection cannot nest them.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { Row, SqlDriver, SqlValue } from "./sql-driver.js";

export function openSqlite(path: string): SqlDriver {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  let chain: Promise<unknown> = Promise.resolve();
  const inner: SqlDriver = {
    dialect: "sqlite",
    all: async (sql, params = []) => prepare(sql).all(...(params as SqlValue[])) as Row[],
    run: async (sql, params = []) => {
      prepare(sql).run(...(params as SqlValue[]));
    },
    transaction: (work) => work(inner),
    close: async () => undefined,
  };
  return {
    ...inner,
    transaction<T>(work: (driver: SqlDriver) => Promise<T>): Promise<T> {
      const turn = chain.then(async () => {
        db.exec("BEGIN IMMEDIATE");
        try {
          const result = await work(inner);
          db.exec("COMMIT");
          return result;
        } catch (error) {
          db.exec("ROLLBACK");
          throw error;
        }
      });
      chain = turn.catch(() => undefined);
      return turn;
    },
    async close() {
      await chain;
      db.close();
    },
  };
}
