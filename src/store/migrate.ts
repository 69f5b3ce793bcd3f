/** Applies the migrations a database has not seen yet, each in its own transaction. */
import { MIGRATIONS, type Migration } from "./migrations.js";
import type { SqlDriver } from "./sql-driver.js";

export async function migrate(driver: SqlDriver, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await driver.run("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const applied = new Set((await driver.all("SELECT version FROM schema_migrations")).map((row) => Number(row.version)));
  const done: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    await driver.transaction(async (tx) => {
      for (const statement of migration.statements) await tx.run(statement);
      await tx.run("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)", [migration.version, migration.description, new Date().toISOString()]);
    });
    done.push(migration.version);
  }
  return done;
}
