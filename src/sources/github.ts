/**
 * A GitHub repository as a RepoSnapshot, in two read requests:
 *
 * 1. `GET /repos/{owner}/{repo}/git/trees/HEAD?recursive=1`: every path with its blob id and size.
 *    The tree comes first because the query needs to know which files to ask for; `HEAD` resolves the
 *    default branch without knowing its name, and an empty repository answers 409 at no extra cost.
 * 2. One GraphQL query (see github-query.ts): metadata, the existing Relais issues and label, the
 *    organisation's default configuration, and the texts of the candidate files by blob id.
 *
 * Archived and forked repositories are recognised from the metadata; the caller decides to skip them.
 */
import type { ProbotOctokit } from "probot";
import { MAX_TEXT_BYTES, type FileContent, type RepoMetadata, type RepoSnapshot } from "../engine/snapshot.js";
import { CONFIG_FILES, DEFAULT_CANDIDATE_LIMITS, selectCandidates, type CandidateLimits, type TreeFile } from "./github-candidates.js";
import { buildAuditQuery, LABEL_QUERY, type AuditQueryData, type BlobNode, type IssueNode, type RepositoryNode } from "./github-query.js";

export type GithubClient = Pick<InstanceType<typeof ProbotOctokit>, "request" | "graphql">;

export class RepositoryNotFound extends Error {}

export interface ExistingIssue {
  number: number;
  state: "open" | "closed";
  stateReason: "completed" | "not_planned" | "reopened" | "duplicate" | null;
  title: string;
  body: string;
  author: string | null;
}

export interface ConfigText {
  /** Where it was read, as shown to users ("owner/.github:.github/relais.yml"). */
  file: string;
  text?: string;
  /** Why there is no text (binary, too large). */
  problem?: string;
  /** Read from a private repository (the organisation's `.github`): its content must not be quoted in a public issue. */
  private?: boolean;
}

export interface GithubRepositoryState {
  snapshot: RepoSnapshot;
  issuesEnabled: boolean;
  /** The label the issues were looked up by, and whether it exists. */
  label: string;
  labelExists: boolean;
  /** Issues carrying the label or created by the App, oldest first. */
  issues: ExistingIssue[];
  repositoryConfig?: ConfigText;
  organisationConfig?: ConfigText;
  /** Things that degraded the audit (GraphQL partial errors, files left out). */
  notes: string[];
  /** Candidate documentation files left out by the caps (their state is "not-fetched"). */
  notFetched: number;
  /** Read requests made. */
  requests: number;
}

export interface GithubSourceOptions {
  owner: string;
  repo: string;
  /** The issue label (the default configuration's unless known otherwise). */
  label: string;
  /** The App's bot login ("relais[bot]"), to find its issues even when someone removed the label. */
  creator?: string;
  /** Read the organisation's `.github` repository defaults in the same query. */
  organisationConfig?: boolean;
  limits?: CandidateLimits;
  /** First wait before retrying a failed tree request (then 4x, 9x). */
  retryDelayMs?: number;
  /** A commit to read instead of the default branch's head (a pull request's head or base). */
  ref?: string;
}

interface TreeResponse {
  sha: string;
  truncated: boolean;
  tree: { path: string; type: string; sha: string; size?: number }[];
}

export async function fetchGithubRepository(octokit: GithubClient, options: GithubSourceOptions): Promise<GithubRepositoryState> {
  const { owner, repo } = options;
  const notes: string[] = [];
  const tree = await fetchTree(octokit, owner, repo, options.retryDelayMs ?? 1_000, options.ref ?? "HEAD");
  const files: TreeFile[] = (tree?.tree ?? [])
    .filter((entry) => entry.type === "blob")
    .map((entry) => ({ path: entry.path, oid: entry.sha, size: entry.size ?? 0 }));
  const selection = selectCandidates(files, options.limits ?? DEFAULT_CANDIDATE_LIMITS);
  if (selection.skipped.length > 0) notes.push(`${selection.skipped.length} documentation files left out of the query (caps: ${JSON.stringify(options.limits ?? DEFAULT_CANDIDATE_LIMITS)})`);

  const organisationConfig = options.organisationConfig ?? true;
  const query = buildAuditQuery(selection.fetch, { creator: Boolean(options.creator), organisationConfig });
  const variables: Record<string, string> = { owner, name: repo, label: options.label };
  if (options.creator) variables.creator = options.creator;
  if (organisationConfig) variables.configExpression = `HEAD:${CONFIG_FILES[0]}`;
  const data = await runQuery(octokit, query, variables, notes);
  const node = data.repository;
  if (!node) throw new RepositoryNotFound(`${owner}/${repo}: repository not found or not accessible`);

  const fetched = new Map<string, FileContent>();
  selection.fetch.forEach((file, index) => fetched.set(file.path, blobContent(node[`f${index}`], file.size)));
  const sizes = new Map(files.map((file) => [file.path, file.size]));

  const metadata: RepoMetadata = {
    fullName: node.nameWithOwner,
    source: "github",
    defaultBranch: node.defaultBranchRef?.name,
    headCommit: options.ref ?? node.defaultBranchRef?.target?.oid,
    visibility: node.visibility.toLowerCase() as RepoMetadata["visibility"],
    archived: node.isArchived,
    fork: node.isFork,
    empty: node.isEmpty || !tree,
    description: node.description,
    homepage: node.homepageUrl,
    topics: node.repositoryTopics.nodes.map((topic) => topic.topic.name),
    githubLicence: node.licenseInfo?.spdxId ?? null,
    hasReleases: node.releases.totalCount > 0,
    truncated: tree?.truncated ?? false,
  };
  const paths = files.map((file) => file.path).sort();
  const snapshot: RepoSnapshot = {
    metadata,
    files: paths,
    content(path) {
      const known = fetched.get(path);
      if (known) return known;
      const size = sizes.get(path);
      if (size === undefined) return { state: "missing" };
      return size > MAX_TEXT_BYTES ? { state: "too-large", size } : { state: "not-fetched", size };
    },
  };

  const configPath = CONFIG_FILES.find((path) => sizes.has(path));
  return {
    snapshot,
    issuesEnabled: node.hasIssuesEnabled,
    label: options.label,
    labelExists: node.label !== null,
    issues: mergeIssues(node.labelled.nodes, node.mine?.nodes ?? []),
    repositoryConfig: configPath ? configText(`${owner}/${repo}:${configPath}`, snapshot.content(configPath)) : undefined,
    organisationConfig: data.organisation?.object?.text != null ? { file: `${owner}/.github:${CONFIG_FILES[0]}`, text: data.organisation.object.text, private: data.organisation.isPrivate !== false } : undefined,
    notes,
    notFetched: selection.skipped.length,
    requests: 2,
  };
}

/** One more request, only when the configuration names another label than the one the audit query used. */
export async function fetchLabelledIssues(octokit: GithubClient, owner: string, repo: string, label: string): Promise<{ labelExists: boolean; issues: ExistingIssue[] }> {
  const data = await octokit.graphql<{ repository: Pick<RepositoryNode, "label" | "labelled"> | null }>(LABEL_QUERY, { owner, name: repo, label });
  return { labelExists: Boolean(data.repository?.label), issues: mergeIssues(data.repository?.labelled.nodes ?? []) };
}

/**
 * The tree, retried here rather than by Octokit's retry plugin, which would also retry the 409 of an
 * empty repository (a definitive answer) three times with back-off.
 */
async function fetchTree(octokit: GithubClient, owner: string, repo: string, retryDelayMs: number, treeSha: string): Promise<TreeResponse | undefined> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await octokit.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { owner, repo, tree_sha: treeSha, recursive: "1", request: { retries: 0 } });
      return response.data as TreeResponse;
    } catch (error) {
      const status = (error as { status?: number }).status;
      // 409: "Git Repository is empty".
      if (status === 409) return undefined;
      if (status === 404) throw new RepositoryNotFound(`${owner}/${repo}: repository not found or not accessible`);
      const transient = status === undefined || status >= 500;
      if (!transient || attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs * (attempt + 1) ** 2));
    }
  }
}

/** GraphQL answers partial data with errors (a blob gone, the organisation's `.github` repository absent): keep the data. */
async function runQuery(octokit: GithubClient, query: string, variables: Record<string, string>, notes: string[]): Promise<AuditQueryData> {
  try {
    return await octokit.graphql<AuditQueryData>(query, variables);
  } catch (error) {
    const partial = error as { name?: string; data?: AuditQueryData; errors?: { message: string; path?: (string | number)[]; type?: string }[] };
    if (partial.name !== "GraphqlResponseError" || !partial.data) throw error;
    for (const problem of partial.errors ?? []) {
      // The organisation's `.github` repository is optional; anything else is worth a note.
      if (problem.path?.[0] === "organisation") continue;
      notes.push(`GraphQL: ${problem.type ?? "error"} at ${(problem.path ?? []).join(".")}: ${problem.message}`);
    }
    return partial.data;
  }
}

function blobContent(blob: BlobNode | null | undefined, size: number): FileContent {
  if (!blob) return { state: "unreadable", size };
  if (blob.isBinary) return { state: "binary", size: blob.byteSize };
  if (blob.isTruncated || blob.text === null) return { state: "too-large", size: blob.byteSize };
  return { state: "text", text: blob.text, size: blob.byteSize };
}

function configText(file: string, content: FileContent): ConfigText {
  if (content.state === "text") return { file, text: content.text };
  return { file, problem: content.state === "binary" ? "is a binary file, not YAML" : `could not be read (${content.state})` };
}

const STATE_REASONS = { COMPLETED: "completed", NOT_PLANNED: "not_planned", REOPENED: "reopened", DUPLICATE: "duplicate" } as const;

function mergeIssues(...lists: IssueNode[][]): ExistingIssue[] {
  const byNumber = new Map<number, ExistingIssue>();
  for (const node of lists.flat()) {
    byNumber.set(node.number, {
      number: node.number,
      state: node.state === "OPEN" ? "open" : "closed",
      stateReason: node.stateReason ? STATE_REASONS[node.stateReason] : null,
      title: node.title,
      body: node.body,
      author: node.author?.login ?? null,
    });
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

