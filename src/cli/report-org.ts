/**
 * `relais report --org ORG`: every repository of an organisation, listed (paginated), audited a few at
 * a time through the same GitHub source as the App (two reads each), and summed up in one row per
 * repository. Archived repositories and forks are listed but not read unless asked; the
 * organisation's `.github` settings repository is never audited. A repository that cannot be read
 * gets an error row; a refused token or a used-up rate limit stops the whole run instead.
 */
import PQueue from "p-queue";
import picomatch from "picomatch";
import type { ParsedConfig } from "../config/parse.js";
import { audit } from "../engine/audit.js";
import { auditedRow, errorRow, orgReport, skippedRow, type OrgReport, type OrgRow, type RepositoryListing } from "../render/org-report.js";
import type { GithubAccess, CliOctokit } from "./github-client.js";
import { describeGithubError } from "./github-client.js";
import { readRemoteRepository } from "./audit-github.js";
import { RunError } from "./usage-error.js";
import { pickIssue } from "../app/reconcile-issue.js";

export interface OrgRunOptions {
  organisation: string;
  concurrency: number;
  includeArchived: boolean;
  includeForks: boolean;
  override?: ParsedConfig;
}

export interface OrgProgress {
  /** How many repositories will be read, once the listing is known. */
  begin(total: number): void;
  started(repository: string): void;
  finished(): void;
  note(message: string): void;
}

interface ListedRepository {
  full_name: string;
  name: string;
  description?: string | null;
  html_url?: string;
  private?: boolean;
  visibility?: string;
  archived?: boolean;
  fork?: boolean;
}

export async function runOrgReport(octokit: CliOctokit, access: GithubAccess, options: OrgRunOptions, progress: OrgProgress): Promise<OrgReport> {
  const { organisation } = options;
  let listed: ListedRepository[];
  try {
    listed = await listRepositories(octokit, organisation);
  } catch (error) {
    throw new RunError(describeGithubError(error, `organisation ${organisation}`, access));
  }
  const rows: OrgRow[] = [];
  const toAudit: RepositoryListing[] = [];
  for (const repository of listed) {
    const listing = toListing(repository);
    if (repository.name.toLowerCase() === ".github") rows.push(skippedRow(listing, "settings-repository"));
    else if (listing.archived && !options.includeArchived) rows.push(skippedRow(listing, "archived"));
    else if (listing.fork && !options.includeForks) rows.push(skippedRow(listing, "fork"));
    else toAudit.push(listing);
  }

  progress.begin(toAudit.length);
  const queue = new PQueue({ concurrency: options.concurrency });
  let fatal: unknown;
  await Promise.all(
    toAudit.map((listing) =>
      queue.add(async () => {
        if (fatal) return;
        progress.started(listing.repository);
        try {
          rows.push(await auditListed(octokit, listing, options.override, progress));
        } catch (error) {
          if (stopsEverything(error)) {
            fatal ??= error;
            queue.clear();
          } else {
            rows.push(errorRow(listing, describeGithubError(error, listing.repository, access)));
          }
        } finally {
          progress.finished();
        }
      }),
    ),
  );
  if (fatal) throw new RunError(describeGithubError(fatal, organisation, access));
  return orgReport(organisation, rows, new Date());
}

async function auditListed(octokit: CliOctokit, listing: RepositoryListing, override: ParsedConfig | undefined, progress: OrgProgress): Promise<OrgRow> {
  const [owner, repo] = listing.repository.split("/") as [string, string];
  const remote = await readRemoteRepository(octokit, owner, repo, override);
  for (const note of remote.state.notes) progress.note(`${listing.repository}: ${note}`);
  const { metadata } = remote.state.snapshot;
  const ignore = remote.config.ignore;
  if (ignore.length > 0 && picomatch(ignore, { nocase: true })(repo)) return skippedRow(listing, "ignored");
  if (metadata.empty) return skippedRow(listing, "empty");
  // Like the App: an invalid configuration is reported, and the audit goes on with the defaults.
  const report = audit(remote.state.snapshot, { config: remote.config, configProblems: remote.problems, now: new Date() });
  const issue = pickIssue(remote.state.issues);
  return auditedRow(listing, report, issue ? { number: issue.number, state: issue.state, url: listing.url ? `${listing.url}/issues/${issue.number}` : null } : null);
}

/** Errors that every other repository would meet too: a refused token, a used-up rate limit. */
function stopsEverything(error: unknown): boolean {
  const { status, response } = (error ?? {}) as { status?: number; response?: { headers?: Record<string, string | undefined> } };
  return status === 401 || ((status === 403 || status === 429) && response?.headers?.["x-ratelimit-remaining"] === "0");
}

/** An organisation's repositories; a user account's when no organisation has that name. */
async function listRepositories(octokit: CliOctokit, organisation: string): Promise<ListedRepository[]> {
  try {
    return (await octokit.paginate("GET /orgs/{org}/repos", { org: organisation, type: "all", per_page: 100 })) as ListedRepository[];
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    try {
      return (await octokit.paginate("GET /users/{username}/repos", { username: organisation, type: "owner", per_page: 100 })) as ListedRepository[];
    } catch {
      throw error;
    }
  }
}

function toListing(repository: ListedRepository): RepositoryListing {
  const visibility = repository.visibility === "internal" || repository.visibility === "private" || repository.visibility === "public" ? repository.visibility : repository.private ? "private" : "public";
  return {
    repository: repository.full_name,
    description: repository.description ?? null,
    url: repository.html_url ?? null,
    visibility,
    archived: Boolean(repository.archived),
    fork: Boolean(repository.fork),
  };
}
