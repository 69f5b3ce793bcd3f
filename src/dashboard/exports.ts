/**
 * `/relais/repositories.json` and `.csv`: every repository the viewer may see, with the page's
 * filters, by name, read from the store a thousand rows at a time and written as they come, so an export of
 * 15,000 repositories never holds them all. The CSV is for French spreadsheet software: UTF-8 with a
 * byte order mark, `;` between fields, and cells that would run as formulas defused (csv-stringify).
 */
import type { ServerResponse } from "node:http";
import { stringify } from "csv-stringify/sync";
import { RULE_IDS } from "../engine/types.js";
import type { RepositoryFilter, RepositorySummary, Store, Viewer } from "../store/store.js";
import { issueUrl, type WebUrls } from "./matrix-rows.js";

const BATCH = 1_000;

export interface ExportedRepository {
  repository: string;
  private: boolean;
  auditedAt: string;
  commit: string | null;
  ready: boolean | null;
  required: { met: number; total: number };
  rules: Record<string, string>;
  issue: { number: number; state: "open" | "closed"; url: string } | null;
}

export function exportedRepository(row: RepositorySummary, urls: WebUrls): ExportedRepository {
  return {
    repository: row.repository,
    private: row.private,
    auditedAt: row.auditedAt,
    commit: row.commit,
    ready: row.state === "skipped" ? null : row.ready,
    required: row.required ?? { met: 0, total: 0 },
    rules: { ...row.rules },
    issue: row.issue ? { ...row.issue, url: issueUrl(urls, row.repository, row.issue)! } : null,
  };
}

export const CSV_COLUMNS = ["repository", "private", "auditedAt", "commit", "ready", "requiredMet", "requiredTotal", ...RULE_IDS, "issueNumber", "issueState", "issueUrl"] as const;

function csvRecord(item: ExportedRepository): string[] {
  const bool = (value: boolean | null) => (value === null ? "" : value ? "true" : "false");
  return [item.repository, bool(item.private), item.auditedAt, item.commit ?? "", bool(item.ready), String(item.required.met), String(item.required.total), ...RULE_IDS.map((rule) => item.rules[rule] ?? ""), item.issue ? String(item.issue.number) : "", item.issue?.state ?? "", item.issue?.url ?? ""];
}

const csv = (records: string[][]) => stringify(records, { delimiter: ";", record_delimiter: "windows", escape_formulas: true });

/** Pages by name after the last one seen (not by offset, which rereads every skipped row). */
async function* batches(store: Store, viewer: Viewer, filter: RepositoryFilter): AsyncGenerator<RepositorySummary[]> {
  let after: string | undefined;
  for (;;) {
    const { rows } = await store.listRepositories(viewer, { ...filter, sort: "name", limit: BATCH, offset: 0, after });
    if (rows.length > 0) yield rows;
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.repository;
  }
}

/** Every repository the viewer may see that passes `filter`, by name. */
export async function writeExport(response: ServerResponse, format: "json" | "csv", store: Store, viewer: Viewer, filter: RepositoryFilter, urls: WebUrls): Promise<void> {
  const write = (chunk: string) => new Promise<void>((resolve, reject) => response.write(chunk, (error) => (error ? reject(error) : resolve())));
  let first = true;
  await write(format === "json" ? "[" : `\uFEFF${csv([[...CSV_COLUMNS]])}`);
  for await (const rows of batches(store, viewer, filter)) {
    const items = rows.map((row) => exportedRepository(row, urls));
    if (format === "csv") await write(csv(items.map(csvRecord)));
    else {
      await write(items.map((item, index) => `${first && index === 0 ? "" : ","}\n${JSON.stringify(item)}`).join(""));
      first = false;
    }
  }
  if (format === "json") await write("\n]\n");
  response.end();
}
