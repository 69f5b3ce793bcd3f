/**
 * What the App remembers between restarts: the last audit of every repository, the history of its
 * summary (one row per change, not per audit) and the dashboard's sign-in sessions. One interface, two
 * databases (SQLite embedded, PostgreSQL), one schema (migrations.ts).
 */
import type { Report, RuleId, Status } from "../engine/types.js";

export type Visibility = "public" | "private" | "internal";

/** One audit, as the App finished it (see record-from-outcome.ts). */
export interface AuditRecord {
  /** "owner/name". */
  repository: string;
  installationId: number | null;
  visibility: Visibility;
  description: string | null;
  commit: string | null;
  auditedAt: string;
  /** "audited", or why it was not (archived, fork, empty…). */
  state: "audited" | "skipped";
  skipReason: string | null;
  /** The engine's report (null when skipped). */
  report: Report | null;
  issue: { number: number; state: "open" | "closed" } | null;
}

/** A repository as the dashboard lists it. */
export interface RepositorySummary {
  repository: string;
  owner: string;
  private: boolean;
  description: string | null;
  auditedAt: string;
  commit: string | null;
  state: "audited" | "skipped";
  skipReason: string | null;
  ready: boolean | null;
  required: { met: number; total: number } | null;
  licence: string | null;
  homologated: boolean | null;
  rules: Partial<Record<RuleId, Status>>;
  issue: { number: number; state: "open" | "closed" } | null;
}

export interface RepositoryDetail extends RepositorySummary {
  report: Report | null;
  history: HistoryEntry[];
}

export interface HistoryEntry {
  changedAt: string;
  ready: boolean | null;
  required: { met: number; total: number } | null;
  state: "audited" | "skipped";
}

/** Who is looking: anonymous viewers see public repositories; a signed-in one also those listed. */
export interface Viewer {
  privateRepositories: readonly string[];
}

export const ANONYMOUS: Viewer = { privateRepositories: [] };

export type SortKey = "name" | "audited" | "missing";

export interface RepositoryFilter {
  organisation?: string;
  /** ready, not-ready (audited and failing a required rule), skipped. */
  state?: "ready" | "not-ready" | "skipped";
  /** Only repositories where this rule has `ruleStatus` (default: fail). */
  rule?: RuleId;
  ruleStatus?: Status;
  /** An SPDX expression, exactly; "none" for no licence identified. */
  licence?: string;
  homologated?: boolean;
  /** Part of the name, case-insensitive. */
  search?: string;
}

export interface RepositoryQuery extends RepositoryFilter {
  /** Only names after this one (keyset paging for exports; use with the name order). */
  after?: string;
  /** Also read each row's full report (for the messages of a page's cells). */
  withReports?: boolean;
  sort?: SortKey;
  descending?: boolean;
  limit: number;
  offset: number;
}

export interface OrganisationTotals {
  owner: string;
  repositories: number;
  ready: number;
  notReady: number;
  skipped: number;
}

/** Per rule: how many repositories of the filtered set have each status. */
export type RuleTotals = Partial<Record<RuleId, Partial<Record<Status, number>>>>;

export interface DayTotals {
  /** YYYY-MM-DD (UTC). */
  day: string;
  ready: number;
  notReady: number;
}

export interface Session {
  id: string;
  login: string;
  privateRepositories: string[];
  expiresAt: string;
}

export interface Store {
  /** Keeps the audit; adds a history row when the summary changed since the last one. */
  recordAudit(record: AuditRecord): Promise<void>;
  /** When each repository was last audited ("owner/name" → ISO time). */
  lastAudits(): Promise<Map<string, string>>;
  organisations(viewer: Viewer): Promise<OrganisationTotals[]>;
  listRepositories(viewer: Viewer, query: RepositoryQuery): Promise<{ rows: (RepositorySummary & { report?: Report | null })[]; total: number }>;
  ruleTotals(viewer: Viewer, filter: RepositoryFilter): Promise<RuleTotals>;
  repository(viewer: Viewer, fullName: string): Promise<RepositoryDetail | undefined>;
  /** Ready and not-ready repositories at the end of each of the last `days` days (UTC). */
  readyOverTime(viewer: Viewer, filter: RepositoryFilter, until: Date, days: number): Promise<DayTotals[]>;
  saveSession(session: Session): Promise<void>;
  session(id: string, now: Date): Promise<Session | undefined>;
  deleteSession(id: string): Promise<void>;
  close(): Promise<void>;
}
