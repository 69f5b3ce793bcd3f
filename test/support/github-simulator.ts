/**
 * A small in-memory GitHub for the App's tests and bench: repositories with files, issues, labels,
 * comments and collaborators, answering over real HTTP the REST and GraphQL calls Relais makes. It logs
 * every request, can inject faults (a status before or after the effect, secondary rate limits), and can
 * enforce GitHub's limits (requests an hour, concurrent requests, content creations a minute and an
 * hour) on an injectable clock. The GraphQL side answers Relais's own queries, not GraphQL at large.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { systemClock, type Clock } from "../../src/app/clock.js";
import { SimPullRequests } from "./simulator-pull-requests.js";

export type FileValue = string | Buffer;

export interface SimComment {
  id: number;
  body: string;
  author: string;
  createdAt: string;
}

export interface SimIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  stateReason: "completed" | "not_planned" | "reopened" | "duplicate" | null;
  labels: string[];
  author: string;
  createdAt: string;
  comments: SimComment[];
}

export interface SimRepository {
  id: number;
  owner: string;
  name: string;
  installationId: number;
  private: boolean;
  archived: boolean;
  fork: boolean;
  hasIssues: boolean;
  description: string | null;
  files: Map<string, FileValue>;
  commit: string;
  truncated: boolean;
  issues: SimIssue[];
  labels: Set<string>;
  permissions: Map<string, "admin" | "write" | "read">;
  /** Every commit's files, default branch or not (pull-request heads), by sha. */
  commits: Map<string, Map<string, FileValue>>;
  /** Reactions put on comments (`/relais recheck` is acknowledged with one). */
  reactions: { commentId: number; content: string; author: string }[];
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  status: number;
  kind: "read" | "write" | "auth";
  installationId?: number;
  at: number;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Carry the request out, then answer the error (a POST that "failed" but succeeded). */
  afterEffect?: boolean;
  /** A secondary rate limit: 403 (or `status`) with `retry-after` seconds. */
  retryAfter?: number;
}

export interface SimulatorLimits {
  requestsPerHour: number;
  concurrent: number;
  contentPerMinute: number;
  contentPerHour: number;
}

export const GITHUB_LIMITS: SimulatorLimits = { requestsPerHour: 5_000, concurrent: 100, contentPerMinute: 80, contentPerHour: 500 };

const BOT = "relais[bot]";

export class GithubSimulator {
  readonly repositories = new Map<string, SimRepository>();
  readonly installations = new Map<number, string>();
  readonly requests: LoggedRequest[] = [];
  readonly rejected = { primary: 0, secondary: 0, concurrent: 0 };
  /** Pull requests, forks' heads and check runs. */
  readonly pulls = new SimPullRequests(this);
  url = "";
  private readonly blobs = new Map<string, FileValue>();
  private readonly faults: (Fault & { left: number })[] = [];
  private server?: Server;
  private nextId = 1;
  private inflight = 0;
  private readonly requestStamps = new Map<number, number[]>();
  private readonly contentStamps = new Map<number, number[]>();
  private readonly clock: Clock;
  private readonly limits?: SimulatorLimits;
  private readonly latencyMs: number;

  constructor(options: { clock?: Clock; limits?: SimulatorLimits; latencyMs?: number } = {}) {
    this.clock = options.clock ?? systemClock;
    this.limits = options.limits;
    this.latencyMs = options.latencyMs ?? 0;
  }

  addInstallation(id: number, account: string): void {
    this.installations.set(id, account);
  }

  addRepository(fullName: string, files: Record<string, FileValue>, options: Partial<Pick<SimRepository, "private" | "archived" | "fork" | "hasIssues" | "description" | "truncated" | "installationId">> & { permissions?: Record<string, "admin" | "write" | "read"> } = {}): SimRepository {
    const [owner, name] = fullName.split("/") as [string, string];
    const repository: SimRepository = {
      id: this.nextId++,
      owner,
      name,
      installationId: options.installationId ?? [...this.installations.keys()][0] ?? 1,
      private: options.private ?? false,
      archived: options.archived ?? false,
      fork: options.fork ?? false,
      hasIssues: options.hasIssues ?? true,
      description: options.description ?? null,
      files: new Map(),
      commit: "",
      truncated: options.truncated ?? false,
      issues: [],
      labels: new Set(),
      permissions: new Map(Object.entries(options.permissions ?? {})),
      commits: new Map(),
      reactions: [],
    };
    this.repositories.set(fullName.toLowerCase(), repository);
    this.push(fullName, files, { replace: true });
    return repository;
  }

  /** A commit on the default branch: files set (undefined deletes), a new head. */
  push(fullName: string, files: Record<string, FileValue | undefined>, options: { replace?: boolean } = {}): string {
    const repository = this.repository(fullName);
    if (options.replace) repository.files.clear();
    for (const [path, value] of Object.entries(files)) {
      if (value === undefined) repository.files.delete(path);
      else repository.files.set(path, value);
    }
    for (const value of repository.files.values()) this.blobs.set(blobOid(value), value);
    repository.commit = createHash("sha1").update(`${fullName}:${this.nextId++}:${[...repository.files.keys()].join()}`).digest("hex");
    repository.commits.set(repository.commit, new Map(repository.files));
    return repository.commit;
  }

  /** A commit off the default branch (a pull request's head): `from`'s files changed by `files`. */
  commit(fullName: string, from: ReadonlyMap<string, FileValue>, files: Record<string, FileValue | undefined>): string {
    const repository = this.repository(fullName);
    const tree = new Map(from);
    for (const [path, value] of Object.entries(files)) {
      if (value === undefined) tree.delete(path);
      else tree.set(path, value);
    }
    for (const value of tree.values()) this.blobs.set(blobOid(value), value);
    const sha = createHash("sha1").update(`${fullName}:${this.nextId++}:${[...tree.keys()].join()}`).digest("hex");
    repository.commits.set(sha, tree);
    return sha;
  }

  repository(fullName: string): SimRepository {
    const repository = this.repositories.get(fullName.toLowerCase());
    if (!repository) throw new Error(`no repository ${fullName}`);
    return repository;
  }

  issues(fullName: string): SimIssue[] {
    return this.repository(fullName).issues;
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** Requests since a mark (the length of the log at some point), as "METHOD /path" lines, auth excluded. */
  since(mark: number, options: { auth?: boolean } = {}): string[] {
    return this.requests.slice(mark).filter((request) => options.auth || request.kind !== "auth").map((request) => `${request.method} ${request.path}${request.status >= 400 ? ` -> ${request.status}` : ""}`);
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(request.url ?? "/", "http://github.test");
    const method = request.method ?? "GET";
    // GitHub Enterprise paths (GHE_HOST): REST under /api/v3, GraphQL at /api/graphql.
    const path = url.pathname.replace(/^\/api\/v3/, "").replace(/^\/api\/graphql$/, "/graphql");
    const token = /^token ghs_sim_(\d+)$/.exec(request.headers.authorization ?? "");
    const installationId = token ? Number(token[1]) : undefined;
    const kind: LoggedRequest["kind"] = path.startsWith("/app") ? "auth" : method === "GET" || path === "/graphql" ? "read" : "write";
    const entry: LoggedRequest = { method, path, query: url.search, status: 0, kind, installationId, at: this.clock.now() };
    this.requests.push(entry);
    this.inflight++;
    try {
      if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
      const limited = this.enforceLimits(method, path, installationId);
      const answer = limited ?? this.route(method, path, url.searchParams, raw ? (JSON.parse(raw) as Record<string, unknown>) : {}, installationId, request.headers.accept ?? "");
      entry.status = answer.status;
      const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8", "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "4999", ...answer.headers };
      response.writeHead(answer.status, headers);
      response.end(answer.body === undefined ? "" : typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body));
    } catch (error) {
      entry.status = 500;
      response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ message: `simulator error: ${(error as Error).message}` }));
    } finally {
      this.inflight--;
    }
  }

  private enforceLimits(method: string, path: string, installationId?: number): Answer | undefined {
    if (!this.limits || installationId === undefined) return undefined;
    const now = this.clock.now();
    if (this.inflight > this.limits.concurrent) {
      this.rejected.concurrent++;
      return secondaryLimit(60);
    }
    const stamps = prune(this.requestStamps, installationId, now - 3_600_000);
    if (stamps.length >= this.limits.requestsPerHour) {
      this.rejected.primary++;
      return { status: 403, headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.ceil((stamps[0]! + 3_600_000) / 1000)) }, body: { message: "API rate limit exceeded for installation." } };
    }
    stamps.push(now);
    if (method === "POST" && (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(path) || /\/issues\/\d+\/comments$/.test(path))) {
      const content = prune(this.contentStamps, installationId, now - 3_600_000);
      const lastMinute = content.filter((stamp) => stamp > now - 60_000).length;
      if (lastMinute >= this.limits.contentPerMinute || content.length >= this.limits.contentPerHour) {
        this.rejected.secondary++;
        return secondaryLimit(60);
      }
      content.push(now);
    }
    return undefined;
  }

  private route(method: string, path: string, query: URLSearchParams, body: Record<string, unknown>, installationId: number | undefined, accept: string): Answer {
    const fault = this.faults.find((candidate) => candidate.left > 0 && candidate.method === method && candidate.path.test(path));
    if (fault) fault.left--;
    if (fault && !fault.afterEffect) return faultAnswer(fault);
    const answer = this.routeOk(method, path, query, body, installationId, accept);
    return fault && answer.status < 400 ? faultAnswer(fault) : answer;
  }

  private routeOk(method: string, path: string, query: URLSearchParams, body: Record<string, unknown>, installationId: number | undefined, accept: string): Answer {
    let match: RegExpExecArray | null;
    if (method === "POST" && (match = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(path))) {
      return { status: 201, body: { token: `ghs_sim_${match[1]}`, expires_at: new Date(Date.now() + 3_600_000).toISOString(), permissions: { issues: "write", contents: "read", metadata: "read" }, repository_selection: "all" } };
    }
    if (method === "GET" && path === "/app") return { status: 200, body: { id: 1, slug: "relais", name: "Relais" } };
    if (method === "GET" && path === "/app/installations") {
      return { status: 200, body: [...this.installations].map(([id, login]) => ({ id, account: { login }, suspended_at: null })) };
    }
    if (installationId === undefined) return { status: 401, body: { message: "Bad credentials" } };
    if (method === "GET" && path === "/installation/repositories") {
      const all = [...this.repositories.values()].filter((repository) => repository.installationId === installationId);
      const perPage = Number(query.get("per_page") ?? 30);
      const page = Number(query.get("page") ?? 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) headers.link = `<${this.url}/installation/repositories?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      return { status: 200, headers, body: { total_count: all.length, repositories: slice.map((repository) => repositoryJson(repository)) } };
    }
    if (method === "GET" && (match = /^\/orgs\/([^/]+)\/repos$/.exec(path))) {
      // An organisation's repositories that this token's installation can see (the CLI's report).
      const org = match[1]!.toLowerCase();
      const all = [...this.repositories.values()].filter((repository) => repository.owner.toLowerCase() === org && repository.installationId === installationId);
      if (all.length === 0) return notFound();
      const perPage = Number(query.get("per_page") ?? 30);
      const page = Number(query.get("page") ?? 1);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) headers.link = `<${this.url}${path}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      return { status: 200, headers, body: all.slice((page - 1) * perPage, page * perPage).map((repository) => repositoryJson(repository)) };
    }
    if (method === "POST" && path === "/graphql") return this.graphql(String(body.query ?? ""), (body.variables ?? {}) as Record<string, string>, installationId);

    match = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    if (!match) return notFound();
    const repository = this.repositories.get(`${match[1]}/${match[2]}`.toLowerCase());
    // Like GitHub, any token reads a public repository; everything else needs the installation.
    if (!repository || (repository.installationId !== installationId && (repository.private || method !== "GET"))) return notFound();
    const rest = match[3] ?? "";
    if (method === "GET" && (match = /^\/git\/trees\/([^/]+)$/.exec(rest))) {
      if (repository.files.size === 0) return { status: 409, body: { message: "Git Repository is empty." } };
      const sha = match[1] === "HEAD" ? repository.commit : match[1]!;
      const files = repository.commits.get(sha);
      if (!files) return notFound();
      const tree = [...files].map(([file, value]) => ({ path: file, mode: "100644", type: "blob", sha: blobOid(value), size: Buffer.byteLength(value) }));
      return { status: 200, body: { sha, url: "", tree, truncated: repository.truncated } };
    }
    const pullAnswer = this.pulls.route(method, repository, rest, body);
    if (pullAnswer) return pullAnswer;
    if (method === "GET" && (match = /^\/contents\/(.+)$/.exec(rest))) {
      const value = repository.files.get(decodeURIComponent(match[1]!));
      if (value === undefined) return notFound();
      return accept.includes("raw") ? { status: 200, headers: { "content-type": "text/plain; charset=utf-8" }, body: value.toString() } : { status: 200, body: { type: "file", content: Buffer.from(value).toString("base64"), encoding: "base64" } };
    }
    if (method === "GET" && (match = /^\/collaborators\/([^/]+)\/permission$/.exec(rest))) {
      const permission = repository.permissions.get(decodeURIComponent(match[1]!));
      return permission ? { status: 200, body: { permission, role_name: permission, user: { login: match[1] } } } : notFound();
    }
    if (method === "POST" && rest === "/labels") {
      const name = String(body.name);
      if (repository.labels.has(name)) return { status: 422, body: { message: "Validation Failed", errors: [{ resource: "Label", code: "already_exists", field: "name" }] } };
      repository.labels.add(name);
      return { status: 201, body: { name, color: body.color, description: body.description } };
    }
    if (rest === "/issues" && method === "GET") {
      const labels = query.get("labels")?.split(",").filter(Boolean) ?? [];
      const state = query.get("state") ?? "open";
      const list = repository.issues.filter((issue) => (state === "all" || issue.state === state) && labels.every((label) => issue.labels.includes(label)));
      return { status: 200, body: list.map((issue) => issueJson(repository, issue)) };
    }
    if (rest === "/issues" && method === "POST") {
      if (!repository.hasIssues) return { status: 410, body: { message: "Issues are disabled for this repo" } };
      const labels = (body.labels as string[] | undefined) ?? [];
      for (const label of labels) repository.labels.add(label);
      const issue: SimIssue = { number: repository.issues.length + 1, title: String(body.title), body: String(body.body ?? ""), state: "open", stateReason: null, labels, author: BOT, createdAt: new Date(this.clock.now()).toISOString(), comments: [] };
      repository.issues.push(issue);
      return { status: 201, body: issueJson(repository, issue) };
    }
    if ((match = /^\/issues\/(\d+)$/.exec(rest))) {
      const issue = repository.issues.find((candidate) => candidate.number === Number(match![1]));
      if (!issue) return notFound();
      if (method === "PATCH") {
        if (typeof body.body === "string") issue.body = body.body;
        if (typeof body.title === "string") issue.title = body.title;
        if (body.state === "closed" && issue.state === "open") {
          issue.state = "closed";
          issue.stateReason = body.state_reason === "not_planned" || body.state_reason === "duplicate" ? body.state_reason : "completed";
        } else if (body.state === "open" && issue.state === "closed") {
          issue.state = "open";
          issue.stateReason = "reopened";
        }
      }
      return { status: 200, body: issueJson(repository, issue) };
    }
    if (method === "POST" && (match = /^\/issues\/comments\/(\d+)\/reactions$/.exec(rest))) {
      const reaction = { commentId: Number(match[1]), content: String(body.content), author: BOT };
      repository.reactions.push(reaction);
      return { status: 201, body: { id: this.nextId++, content: reaction.content, user: { login: BOT } } };
    }
    if ((match = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = repository.issues.find((candidate) => candidate.number === Number(match![1]));
      if (!issue) return notFound();
      if (method === "GET") return { status: 200, body: issue.comments.map((comment) => ({ id: comment.id, body: comment.body, user: { login: comment.author }, created_at: comment.createdAt })) };
      const comment: SimComment = { id: this.nextId++, body: String(body.body), author: BOT, createdAt: new Date(this.clock.now()).toISOString() };
      issue.comments.push(comment);
      return { status: 201, body: { id: comment.id, body: comment.body } };
    }
    return notFound();
  }

  /** Relais's two queries (RelaisAudit, RelaisLabel), answered from the model. */
  private graphql(query: string, variables: Record<string, string>, installationId: number): Answer {
    const errors: { type: string; path: string[]; message: string }[] = [];
    const repository = this.repositories.get(`${variables.owner}/${variables.name}`.toLowerCase());
    const data: Record<string, unknown> = {};
    if (!repository || (repository.installationId !== installationId && repository.private)) {
      data.repository = null;
      errors.push({ type: "NOT_FOUND", path: ["repository"], message: `Could not resolve to a Repository with the name '${variables.owner}/${variables.name}'.` });
    } else {
      const labelled = (label: string) => ({ nodes: repository.issues.filter((issue) => issue.labels.includes(label)).map(issueNode) });
      const node: Record<string, unknown> = { label: repository.labels.has(variables.label!) ? { name: variables.label } : null, labelled: labelled(variables.label!) };
      if (query.includes("RelaisAudit")) {
        Object.assign(node, {
          nameWithOwner: `${repository.owner}/${repository.name}`,
          visibility: repository.private ? "PRIVATE" : "PUBLIC",
          isArchived: repository.archived,
          isFork: repository.fork,
          isEmpty: repository.files.size === 0,
          hasIssuesEnabled: repository.hasIssues,
          description: repository.description,
          homepageUrl: null,
          defaultBranchRef: repository.files.size === 0 ? null : { name: "main", target: { oid: repository.commit } },
          repositoryTopics: { nodes: [] },
          licenseInfo: null,
          releases: { totalCount: 0 },
        });
        if (query.includes("mine:")) node.mine = { nodes: repository.issues.filter((issue) => issue.author === variables.creator).map(issueNode) };
        for (const [, alias, oid] of query.matchAll(/(f\d+): object\(oid: "([0-9a-f]+)"\)/g)) {
          const value = this.blobs.get(oid!);
          node[alias!] = value === undefined ? null : blobNode(value);
        }
        if (query.includes("organisation:")) {
          const defaults = this.repositories.get(`${repository.owner}/.github`.toLowerCase());
          if (!defaults || defaults.installationId !== installationId) {
            data.organisation = null;
            errors.push({ type: "NOT_FOUND", path: ["organisation"], message: `Could not resolve to a Repository with the name '${repository.owner}/.github'.` });
          } else {
            const value = defaults.files.get(String(variables.configExpression).replace(/^HEAD:/, ""));
            data.organisation = { isPrivate: defaults.private, object: value === undefined ? null : blobNode(value) };
          }
        }
      }
      data.repository = node;
    }
    return { status: 200, body: errors.length > 0 ? { data, errors } : { data } };
  }
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export function blobOid(value: FileValue): string {
  const bytes = Buffer.from(value);
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

function blobNode(value: FileValue) {
  const binary = Buffer.isBuffer(value) && value.includes(0);
  return { text: binary ? null : value.toString(), isBinary: binary, byteSize: Buffer.byteLength(value), isTruncated: false };
}

function issueNode(issue: SimIssue) {
  return { number: issue.number, state: issue.state === "open" ? "OPEN" : "CLOSED", stateReason: issue.stateReason?.toUpperCase() ?? null, title: issue.title, body: issue.body, createdAt: issue.createdAt, author: { login: issue.author.replace(/\[bot\]$/, "") } };
}

function issueJson(repository: SimRepository, issue: SimIssue) {
  return { number: issue.number, title: issue.title, body: issue.body, state: issue.state, state_reason: issue.stateReason, labels: issue.labels.map((name) => ({ name })), user: { login: issue.author }, html_url: `https://github.test/${repository.owner}/${repository.name}/issues/${issue.number}` };
}

function repositoryJson(repository: SimRepository) {
  return { id: repository.id, name: repository.name, full_name: `${repository.owner}/${repository.name}`, owner: { login: repository.owner }, description: repository.description, html_url: `https://github.test/${repository.owner}/${repository.name}`, private: repository.private, archived: repository.archived, fork: repository.fork, default_branch: "main" };
}

function notFound(): Answer {
  return { status: 404, body: { message: "Not Found" } };
}

function secondaryLimit(retryAfter: number): Answer {
  return { status: 403, headers: { "retry-after": String(retryAfter) }, body: { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." } };
}

function faultAnswer(fault: Fault): Answer {
  if (fault.retryAfter !== undefined) return { ...secondaryLimit(fault.retryAfter), status: fault.status };
  return { status: fault.status, body: { message: fault.status >= 500 ? "Server Error" : "Injected failure" } };
}

function prune(map: Map<number, number[]>, key: number, after: number): number[] {
  const stamps = (map.get(key) ?? []).filter((stamp) => stamp > after);
  map.set(key, stamps);
  return stamps;
}
