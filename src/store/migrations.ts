/**
 * The schema, as numbered migrations applied in order and recorded in `schema_migrations`. The SQL is
 * the common part of SQLite and PostgreSQL (TEXT, INTEGER, BIGINT; booleans as 0/1; times as ISO-8601
 * text, which sorts as time), so both databases have exactly the same tables. Never edit a released
 * migration: add the next one.
 */
export interface Migration {
  version: number;
  description: string;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "repositories, rule statuses, summary history, sessions",
    statements: [
      `CREATE TABLE repositories (
        repository TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        installation_id BIGINT,
        private INTEGER NOT NULL,
        description TEXT,
        audited_at TEXT NOT NULL,
        commit_sha TEXT,
        state TEXT NOT NULL,
        skip_reason TEXT,
        ready INTEGER,
        required_met INTEGER,
        required_total INTEGER,
        licence TEXT,
        homologated INTEGER,
        rules TEXT NOT NULL,
        summary_key TEXT NOT NULL,
        issue_number INTEGER,
        issue_state TEXT
      )`,
      "CREATE INDEX repositories_owner ON repositories (owner, repository)",
      "CREATE INDEX repositories_audited_at ON repositories (audited_at)",
      // The reports apart: they are most of the bytes, and lists scan the repositories table.
      `CREATE TABLE reports (
        repository TEXT PRIMARY KEY,
        report TEXT NOT NULL
      )`,
      `CREATE TABLE rule_statuses (
        repository TEXT NOT NULL,
        rule TEXT NOT NULL,
        status TEXT NOT NULL,
        PRIMARY KEY (repository, rule)
      )`,
      "CREATE INDEX rule_statuses_rule ON rule_statuses (rule, status, repository)",
      `CREATE TABLE summary_history (
        repository TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        state TEXT NOT NULL,
        ready INTEGER,
        required_met INTEGER,
        required_total INTEGER,
        summary_key TEXT NOT NULL
      )`,
      "CREATE INDEX summary_history_repository ON summary_history (repository, changed_at)",
      "CREATE INDEX summary_history_changed_at ON summary_history (changed_at)",
      `CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        login TEXT NOT NULL,
        private_repositories TEXT NOT NULL,
        expires_at TEXT NOT NULL
      )`,
    ],
  },
];
