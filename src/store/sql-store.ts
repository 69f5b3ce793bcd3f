/**
 * The Store on any SqlDriver: the same SQL for SQLite and PostgreSQL. Lists are filtered, sorted and
 * paged by the database (indexes on owner, audit time and rule status), so a page of 15,000
 * repositories reads only the rows it shows.
 */
import { RULE_IDS, type Report, type RuleId, type Status } from "../engine/types.js";
import type { Row, SqlDriver, SqlValue } from "./sql-driver.js";
import type { AuditRecord, DayTotals, HistoryEntry, OrganisationTotals, RepositoryDetail, RepositoryFilter, RepositoryQuery, RepositorySummary, RuleTotals, Session, Store, Viewer } from "./store.js";

const SUMMARY_COLUMNS = "repository, owner, private, description, audited_at, commit_sha, state, skip_reason, ready, required_met, required_total, licence, homologated, rules, issue_number, issue_state";

/** The part of an audit whose change is worth a history row. */
export function summaryOf(record: AuditRecord) {
  const report = record.report;
  const required = report ? { met: report.summary.required.pass, total: report.summary.required.pass + report.summary.required.fail } : null;
  const rules: Partial<Record<RuleId, Status>> = {};
  for (const finding of report?.findings ?? []) rules[finding.rule] = finding.status;
  const ready = report ? report.summary.ok : null;
  return { required, rules, ready, key: JSON.stringify([record.state, record.skipReason, ready, required, rules]) };
}

export class SqlStore implements Store {
  constructor(private readonly db: SqlDriver) {}

  async recordAudit(record: AuditRecord): Promise<void> {
    const summary = summaryOf(record);
    const owner = record.repository.split("/")[0] ?? record.repository;
    const bool = (value: boolean | null | undefined) => (value === null || value === undefined ? null : value ? 1 : 0);
    const values: SqlValue[] = [
      record.repository,
      owner,
      record.installationId,
      record.visibility === "public" ? 0 : 1,
      record.description,
      record.auditedAt,
      record.commit,
      record.state,
      record.skipReason,
      bool(summary.ready),
      summary.required?.met ?? null,
      summary.required?.total ?? null,
      record.report?.licence.spdx ?? null,
      bool(record.report?.licence.homologated),
      JSON.stringify(summary.rules),
      summary.key,
      record.issue?.number ?? null,
      record.issue?.state ?? null,
    ];
    const columns = "repository, owner, installation_id, private, description, audited_at, commit_sha, state, skip_reason, ready, required_met, required_total, licence, homologated, rules, summary_key, issue_number, issue_state";
    const updates = columns
      .split(", ")
      .slice(1)
      .map((column) => `${column} = excluded.${column}`)
      .join(", ");
    await this.db.transaction(async (tx) => {
      const [previous] = await tx.all("SELECT summary_key FROM repositories WHERE repository = ?", [record.repository]);
      await tx.run(`INSERT INTO repositories (${columns}) VALUES (${values.map(() => "?").join(", ")}) ON CONFLICT (repository) DO UPDATE SET ${updates}`, values);
      if (record.report) await tx.run("INSERT INTO reports (repository, report) VALUES (?, ?) ON CONFLICT (repository) DO UPDATE SET report = excluded.report", [record.repository, JSON.stringify(record.report)]);
      else await tx.run("DELETE FROM reports WHERE repository = ?", [record.repository]);
      await tx.run("DELETE FROM rule_statuses WHERE repository = ?", [record.repository]);
      const rules = Object.entries(summary.rules);
      if (rules.length > 0) await tx.run(`INSERT INTO rule_statuses (repository, rule, status) VALUES ${rules.map(() => "(?, ?, ?)").join(", ")}`, rules.flatMap(([rule, status]) => [record.repository, rule, status]));
      if (previous?.summary_key !== summary.key) {
        await tx.run("INSERT INTO summary_history (repository, changed_at, state, ready, required_met, required_total, summary_key) VALUES (?, ?, ?, ?, ?, ?, ?)", [record.repository, record.auditedAt, record.state, bool(summary.ready), summary.required?.met ?? null, summary.required?.total ?? null, summary.key]);
      }
    });
  }

  async lastAudits(): Promise<Map<string, string>> {
    const rows = await this.db.all("SELECT repository, audited_at FROM repositories");
    return new Map(rows.map((row) => [String(row.repository), String(row.audited_at)]));
  }

  async organisations(viewer: Viewer): Promise<OrganisationTotals[]> {
    const where = conditions(viewer, {});
    const rows = await this.db.all(
      `SELECT owner, COUNT(*) AS repositories,
        SUM(CASE WHEN state = 'audited' AND ready = 1 THEN 1 ELSE 0 END) AS ready,
        SUM(CASE WHEN state = 'audited' AND ready = 0 THEN 1 ELSE 0 END) AS not_ready,
        SUM(CASE WHEN state = 'skipped' THEN 1 ELSE 0 END) AS skipped
       FROM repositories WHERE ${where.sql} GROUP BY owner ORDER BY owner`,
      where.params,
    );
    return rows.map((row) => ({ owner: String(row.owner), repositories: Number(row.repositories), ready: Number(row.ready), notReady: Number(row.not_ready), skipped: Number(row.skipped) }));
  }

  async listRepositories(viewer: Viewer, query: RepositoryQuery): Promise<{ rows: (RepositorySummary & { report?: Report | null })[]; total: number }> {
    const where = conditions(viewer, query);
    if (query.after !== undefined) {
      where.sql += " AND repositories.repository > ?";
      where.params.push(query.after);
    }
    const order = { name: "repository", audited: "audited_at", missing: "(required_total - required_met)" }[query.sort ?? "name"];
    const direction = query.descending ? "DESC" : "ASC";
    const [count] = await this.db.all(`SELECT COUNT(*) AS total FROM repositories WHERE ${where.sql}`, where.params);
    const rows = await this.db.all(`SELECT ${SUMMARY_COLUMNS} FROM repositories WHERE ${where.sql} ORDER BY ${order} ${direction}, repositories.repository ASC LIMIT ? OFFSET ?`, [...where.params, query.limit, query.offset]);
    if (query.withReports && rows.length > 0) {
      const reports = await this.db.all(`SELECT repository, report FROM reports WHERE repository IN (${rows.map(() => "?").join(", ")})`, rows.map((row) => String(row.repository)));
      const byName = new Map(reports.map((row) => [String(row.repository), row.report]));
      for (const row of rows) row.report = byName.get(String(row.repository)) ?? null;
    }
    const withReport = (row: Row) => ({ ...toSummary(row), report: typeof row.report === "string" ? (JSON.parse(row.report) as Report) : null });
    return { rows: rows.map(query.withReports ? withReport : toSummary), total: Number(count?.total ?? 0) };
  }

  /** Summed from each row's small `rules` column: one scan of the filtered rows, faster than grouping the rule table (measured in bench/store-dashboard.ts). */
  async ruleTotals(viewer: Viewer, filter: RepositoryFilter): Promise<RuleTotals> {
    const where = conditions(viewer, filter);
    const rows = await this.db.all(`SELECT rules FROM repositories WHERE ${where.sql}`, where.params);
    const totals: RuleTotals = {};
    for (const row of rows) {
      for (const [rule, status] of Object.entries(JSON.parse(String(row.rules)) as Record<string, Status>)) {
        if (!RULE_IDS.includes(rule as RuleId)) continue;
        const counts = (totals[rule as RuleId] ??= {});
        counts[status] = (counts[status] ?? 0) + 1;
      }
    }
    return totals;
  }

  async repository(viewer: Viewer, fullName: string): Promise<RepositoryDetail | undefined> {
    const where = conditions(viewer, {});
    const [row] = await this.db.all(`SELECT ${SUMMARY_COLUMNS.replace("repository,", "repositories.repository,")}, reports.report AS report FROM repositories LEFT JOIN reports ON reports.repository = repositories.repository WHERE repositories.repository = ? AND ${where.sql}`, [fullName, ...where.params]);
    if (!row) return undefined;
    const history = await this.db.all("SELECT changed_at, state, ready, required_met, required_total FROM summary_history WHERE repository = ? ORDER BY changed_at DESC", [fullName]);
    return {
      ...toSummary(row),
      report: typeof row.report === "string" ? (JSON.parse(row.report) as Report) : null,
      history: history.map(
        (entry): HistoryEntry => ({ changedAt: String(entry.changed_at), state: entry.state === "skipped" ? "skipped" : "audited", ready: flag(entry.ready), required: entry.required_total === null ? null : { met: Number(entry.required_met), total: Number(entry.required_total) } }),
      ),
    };
  }

  async readyOverTime(viewer: Viewer, filter: RepositoryFilter, until: Date, days: number): Promise<DayTotals[]> {
    const where = conditions(viewer, filter);
    const rows = await this.db.all(`SELECT h.repository AS repository, h.changed_at AS changed_at, h.state AS state, h.ready AS ready FROM summary_history h JOIN repositories ON repositories.repository = h.repository WHERE ${where.sql} ORDER BY h.changed_at`, where.params);
    return sweepDays(
      rows.map((row) => ({ repository: String(row.repository), at: String(row.changed_at), ready: row.state === "audited" ? flag(row.ready) : null })),
      until,
      days,
    );
  }

  async saveSession(session: Session): Promise<void> {
    await this.db.run("INSERT INTO sessions (id, login, private_repositories, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET login = excluded.login, private_repositories = excluded.private_repositories, expires_at = excluded.expires_at", [
      session.id,
      session.login,
      JSON.stringify(session.privateRepositories),
      session.expiresAt,
    ]);
  }

  async session(id: string, now: Date): Promise<Session | undefined> {
    const [row] = await this.db.all("SELECT id, login, private_repositories, expires_at FROM sessions WHERE id = ?", [id]);
    if (!row) return undefined;
    if (String(row.expires_at) <= now.toISOString()) {
      await this.deleteSession(id);
      return undefined;
    }
    return { id: String(row.id), login: String(row.login), privateRepositories: JSON.parse(String(row.private_repositories)) as string[], expiresAt: String(row.expires_at) };
  }

  async deleteSession(id: string): Promise<void> {
    await this.db.run("DELETE FROM sessions WHERE id = ?", [id]);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** The WHERE clause of a filtered view, visibility first: private repositories only when the viewer may see them. */
function conditions(viewer: Viewer, filter: RepositoryFilter): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  const allowed = viewer.privateRepositories;
  parts.push(allowed.length > 0 ? `(repositories.private = 0 OR repositories.repository IN (${allowed.map(() => "?").join(", ")}))` : "repositories.private = 0");
  params.push(...allowed);
  if (filter.organisation) {
    parts.push("repositories.owner = ?");
    params.push(filter.organisation);
  }
  if (filter.state === "ready") parts.push("repositories.state = 'audited' AND repositories.ready = 1");
  if (filter.state === "not-ready") parts.push("repositories.state = 'audited' AND repositories.ready = 0");
  if (filter.state === "skipped") parts.push("repositories.state = 'skipped'");
  if (filter.rule) {
    parts.push("repositories.repository IN (SELECT repository FROM rule_statuses WHERE rule = ? AND status = ?)");
    params.push(filter.rule, filter.ruleStatus ?? "fail");
  }
  if (filter.licence === "none") parts.push("repositories.state = 'audited' AND repositories.licence IS NULL");
  else if (filter.licence) {
    parts.push("repositories.licence = ?");
    params.push(filter.licence);
  }
  if (filter.homologated !== undefined) {
    parts.push("repositories.homologated = ?");
    params.push(filter.homologated ? 1 : 0);
  }
  if (filter.search) {
    parts.push("LOWER(repositories.repository) LIKE ? ESCAPE '\\'");
    params.push(`%${filter.search.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
  }
  return { sql: parts.join(" AND "), params };
}

function flag(value: unknown): boolean | null {
  return value === null || value === undefined ? null : Number(value) === 1;
}

function toSummary(row: Row): RepositorySummary {
  const fullName = String(row.repository);
  return {
    repository: fullName,
    owner: String(row.owner),
    private: Number(row.private) === 1,
    description: row.description === null ? null : String(row.description),
    auditedAt: String(row.audited_at),
    commit: row.commit_sha === null ? null : String(row.commit_sha),
    state: row.state === "skipped" ? "skipped" : "audited",
    skipReason: row.skip_reason === null ? null : String(row.skip_reason),
    ready: flag(row.ready),
    required: row.required_total === null ? null : { met: Number(row.required_met), total: Number(row.required_total) },
    licence: row.licence === null ? null : String(row.licence),
    homologated: flag(row.homologated),
    rules: JSON.parse(String(row.rules)) as Partial<Record<RuleId, Status>>,
    issue: row.issue_number === null ? null : { number: Number(row.issue_number), state: row.issue_state === "closed" ? "closed" : "open" },
  };
}

/** From each repository's changes in time order, the ready / not-ready counts at the end of each day. */
export function sweepDays(changes: readonly { repository: string; at: string; ready: boolean | null }[], until: Date, days: number): DayTotals[] {
  const state = new Map<string, boolean | null>();
  const result: DayTotals[] = [];
  let next = 0;
  const end = Date.UTC(until.getUTCFullYear(), until.getUTCMonth(), until.getUTCDate());
  let ready = 0;
  let notReady = 0;
  const apply = (repository: string, value: boolean | null) => {
    const before = state.get(repository);
    if (before === true) ready--;
    if (before === false) notReady--;
    if (value === true) ready++;
    if (value === false) notReady++;
    state.set(repository, value);
  };
  for (let offset = days - 1; offset >= 0; offset--) {
    const dayStart = end - offset * 86_400_000;
    const dayEnd = new Date(dayStart + 86_400_000).toISOString();
    while (next < changes.length && changes[next]!.at < dayEnd) {
      apply(changes[next]!.repository, changes[next]!.ready);
      next++;
    }
    result.push({ day: new Date(dayStart).toISOString().slice(0, 10), ready, notReady });
  }
  return result;
}
