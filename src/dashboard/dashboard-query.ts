/**
 * The dashboard's address bar: filters, sort, page and language read from the query string, every
 * value checked (an unknown one is ignored rather than passed to the database), and written back for
 * links that keep them.
 */
import { RULE_IDS, type RuleId } from "../engine/types.js";
import type { Language } from "../render/messages/index.js";
import type { RepositoryFilter, RepositoryQuery, SortKey } from "../store/store.js";

export const PAGE_SIZE = 50;

export interface DashboardQuery {
  language: Language;
  filter: RepositoryFilter;
  sort: SortKey;
  descending: boolean;
  page: number;
}

const STATES = ["ready", "not-ready", "skipped"] as const;
const SORTS: readonly SortKey[] = ["name", "audited", "missing"];

export function readQuery(params: URLSearchParams): DashboardQuery {
  const text = (name: string, max = 200) => {
    const value = params.get(name)?.trim();
    return value ? value.slice(0, max) : undefined;
  };
  const filter: RepositoryFilter = {};
  const organisation = text("org", 100);
  if (organisation) filter.organisation = organisation;
  const state = text("state");
  if (state && (STATES as readonly string[]).includes(state)) filter.state = state as RepositoryFilter["state"];
  const rule = text("rule");
  if (rule && (RULE_IDS as readonly string[]).includes(rule)) filter.rule = rule as RuleId;
  const licence = text("licence", 100);
  if (licence) filter.licence = licence;
  const homologated = text("homologated");
  if (homologated === "yes" || homologated === "no") filter.homologated = homologated === "yes";
  const search = text("q", 100);
  if (search) filter.search = search;
  const sort = text("sort");
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    language: params.get("lang") === "en" ? "en" : "fr",
    filter,
    sort: sort && (SORTS as readonly string[]).includes(sort) ? (sort as SortKey) : "name",
    descending: params.get("desc") === "1",
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}

export function storeQuery(query: DashboardQuery, pageSize = PAGE_SIZE): RepositoryQuery {
  return { ...query.filter, sort: query.sort, descending: query.descending, limit: pageSize, offset: (query.page - 1) * pageSize };
}

/** The query string of `query` with `changes` applied; defaults left out so links stay short. */
export function queryString(query: DashboardQuery, changes: Partial<DashboardQuery> = {}): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  if (merged.language === "en") params.set("lang", "en");
  const f = merged.filter;
  if (f.organisation) params.set("org", f.organisation);
  if (f.state) params.set("state", f.state);
  if (f.rule) params.set("rule", f.rule);
  if (f.licence) params.set("licence", f.licence);
  if (f.homologated !== undefined) params.set("homologated", f.homologated ? "yes" : "no");
  if (f.search) params.set("q", f.search);
  if (merged.sort !== "name") params.set("sort", merged.sort);
  if (merged.descending) params.set("desc", "1");
  if (merged.page > 1) params.set("page", String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
