/**
 * The little the store needs from a database: run a statement with `?` parameters, read rows, run a
 * function in a transaction. sqlite-driver.ts and postgres-driver.ts implement it.
 */
export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export interface SqlDriver {
  readonly dialect: "sqlite" | "postgres";
  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** Runs `work` with a driver whose statements are all in one transaction. */
  transaction<T>(work: (driver: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
