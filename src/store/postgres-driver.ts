/** PostgreSQL through a `pg` pool; `?` placeholders become `$1…$n`. */
import pg from "pg";
import type { Row, SqlDriver, SqlValue } from "./sql-driver.js";

function numbered(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

function onClient(query: (sql: string, params: SqlValue[]) => Promise<{ rows: Row[] }>): Pick<SqlDriver, "all" | "run"> {
  return {
    all: async (sql, params = []) => (await query(numbered(sql), [...params])).rows,
    run: async (sql, params = []) => {
      await query(numbered(sql), [...params]);
    },
  };
}

export function openPostgres(connectionString: string): SqlDriver {
  const pool = new pg.Pool({ connectionString, max: 5 });
  // An idle client's error (the server restarted) must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  return {
    dialect: "postgres",
    ...onClient((sql, params) => pool.query(sql, params)),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const inner: SqlDriver = { dialect: "postgres", ...onClient((sql, params) => client.query(sql, params)), transaction: (nested) => nested(inner), close: async () => undefined };
        const result = await work(inner);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
