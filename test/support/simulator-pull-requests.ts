/**
 * Pull requests, forks and check runs for the GitHub simulator: a pull request's head is a commit of
 * its base repository or of a fork, off the default branch; the simulator answers the pull request,
 * the pull requests of a commit and check-run creation, and builds the webhook payloads GitHub sends.
 */
import type { Answer, FileValue, GithubSimulator, SimRepository } from "./github-simulator.js";

export interface SimPullRequest {
  number: number;
  base: SimRepository;
  baseSha: string;
  /** Where the head commit lives: the base repository or a fork; null once the fork is deleted. */
  head: SimRepository | null;
  headRef: string;
  headSha: string;
  baseRef: string;
  state: "open" | "closed";
  draft: boolean;
  updatedAt: string;
}

export interface SimCheckRun {
  id: number;
  repository: string;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  externalId: string | null;
  title: string;
  summary: string;
}

export class SimPullRequests {
  readonly list: SimPullRequest[] = [];
  readonly checkRuns: SimCheckRun[] = [];
  private nextNumber = 100;
  private nextCheckRun = 1;
  private tick = 0;

  constructor(private readonly simulator: GithubSimulator) {}

  /** A pull request against `base`'s default branch, whose head changes `files`; from `fork` (a repository already added) if given. */
  open(base: string, files: Record<string, FileValue | undefined>, options: { fork?: string; draft?: boolean; headRef?: string } = {}): SimPullRequest {
    const baseRepository = this.simulator.repository(base);
    const head = this.simulator.repository(options.fork ?? base);
    const pull: SimPullRequest = {
      number: this.nextNumber++,
      base: baseRepository,
      baseSha: baseRepository.commit,
      baseRef: "main",
      head,
      headRef: options.headRef ?? `feature-${this.nextNumber}`,
      headSha: this.simulator.commit(head.owner + "/" + head.name, baseRepository.files, files),
      state: "open",
      draft: options.draft ?? false,
      updatedAt: this.stamp(),
    };
    this.list.push(pull);
    return pull;
  }

  /** A new commit on the pull request's branch. */
  push(pull: SimPullRequest, files: Record<string, FileValue | undefined>): string {
    const head = pull.head!;
    pull.headSha = this.simulator.commit(`${head.owner}/${head.name}`, head.commits.get(pull.headSha)!, files);
    pull.updatedAt = this.stamp();
    return pull.headSha;
  }

  runs(fullName: string): SimCheckRun[] {
    return this.checkRuns.filter((run) => run.repository === fullName.toLowerCase());
  }

  route(method: string, repository: SimRepository, rest: string, body: Record<string, unknown>): Answer | undefined {
    let match: RegExpExecArray | null;
    if (method === "GET" && (match = /^\/pulls\/(\d+)$/.exec(rest))) {
      const pull = this.list.find((candidate) => candidate.base === repository && candidate.number === Number(match![1]));
      return pull ? { status: 200, body: this.json(pull) } : { status: 404, body: { message: "Not Found" } };
    }
    if (method === "GET" && (match = /^\/commits\/([0-9a-f]+)\/pulls$/.exec(rest))) {
      return { status: 200, body: this.list.filter((pull) => pull.base === repository && pull.headSha === match![1]).map((pull) => this.json(pull)) };
    }
    if (method === "POST" && rest === "/check-runs") {
      const output = (body.output ?? {}) as { title?: string; summary?: string };
      if (typeof body.head_sha !== "string" || !/^[0-9a-f]{40}$/.test(body.head_sha)) return { status: 422, body: { message: "Validation Failed" } };
      if ((output.summary ?? "").length > 65_535) return { status: 422, body: { message: "Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied." } };
      const run: SimCheckRun = {
        id: this.nextCheckRun++,
        repository: `${repository.owner}/${repository.name}`.toLowerCase(),
        name: String(body.name),
        headSha: body.head_sha,
        status: String(body.status ?? "queued"),
        conclusion: typeof body.conclusion === "string" ? body.conclusion : null,
        externalId: typeof body.external_id === "string" ? body.external_id : null,
        title: output.title ?? "",
        summary: output.summary ?? "",
      };
      this.checkRuns.push(run);
      return { status: 201, body: { id: run.id, name: run.name, head_sha: run.headSha, status: run.status, conclusion: run.conclusion } };
    }
    return undefined;
  }

  /** The `pull_request` webhook GitHub sends. */
  payload(pull: SimPullRequest, action: "opened" | "synchronize" | "reopened" | "ready_for_review" | "edited", changes: object = {}) {
    return { action, changes, number: pull.number, pull_request: this.json(pull), repository: repositoryPayload(pull.base), installation: { id: pull.base.installationId }, sender: { login: "dev", type: "User" } };
  }

  /** The "Re-run" button of a check run. A fork's check run lists no pull request, as on GitHub. */
  checkRunRerequested(pull: SimPullRequest, run: SimCheckRun) {
    const fromFork = pull.head !== pull.base;
    return {
      action: "rerequested",
      check_run: { id: run.id, name: run.name, head_sha: run.headSha, external_id: run.externalId, status: run.status, conclusion: run.conclusion, pull_requests: fromFork ? [] : [this.minimal(pull)], app: { id: 1, slug: "relais" } },
      repository: repositoryPayload(pull.base),
      installation: { id: pull.base.installationId },
      sender: { login: "dev", type: "User" },
    };
  }

  /** "Re-run all checks": the suite of the head commit. */
  checkSuiteRerequested(pull: SimPullRequest) {
    const fromFork = pull.head !== pull.base;
    return {
      action: "rerequested",
      check_suite: { id: 1, head_sha: pull.headSha, head_branch: pull.headRef, status: "completed", conclusion: "neutral", pull_requests: fromFork ? [] : [this.minimal(pull)], app: { id: 1, slug: "relais" } },
      repository: repositoryPayload(pull.base),
      installation: { id: pull.base.installationId },
      sender: { login: "dev", type: "User" },
    };
  }

  /** A comment on the pull request (GitHub sends it as an issue comment whose issue has `pull_request`). */
  comment(pull: SimPullRequest, user: string, body: string) {
    return {
      action: "created",
      installation: { id: pull.base.installationId },
      repository: repositoryPayload(pull.base),
      issue: { number: pull.number, title: "Une pull request", body: "", pull_request: { url: `${this.simulator.url}/repos/${pull.base.owner}/${pull.base.name}/pulls/${pull.number}` } },
      comment: { id: Math.floor(Math.random() * 1e9), body, user: { login: user, type: "User" } },
      sender: { login: user, type: "User" },
    };
  }

  private json(pull: SimPullRequest) {
    const head = pull.head;
    return {
      number: pull.number,
      state: pull.state,
      draft: pull.draft,
      updated_at: pull.updatedAt,
      head: { ref: pull.headRef, sha: pull.headSha, repo: head ? { ...repositoryPayload(head), private: head.private } : null },
      base: { ref: pull.baseRef, sha: pull.baseSha, repo: repositoryPayload(pull.base) },
    };
  }

  private minimal(pull: SimPullRequest) {
    return { number: pull.number, head: { ref: pull.headRef, sha: pull.headSha, repo: { id: pull.head!.id, name: pull.head!.name } }, base: { ref: "main", sha: pull.baseSha, repo: { id: pull.base.id, name: pull.base.name } } };
  }

  /** Strictly increasing `updated_at` values, one per change. */
  private stamp(): string {
    return new Date(Date.UTC(2026, 0, 1) + ++this.tick * 1000).toISOString();
  }
}

function repositoryPayload(repository: SimRepository) {
  return { id: repository.id, name: repository.name, full_name: `${repository.owner}/${repository.name}`, owner: { login: repository.owner }, private: repository.private, default_branch: "main", archived: repository.archived, fork: repository.fork };
}
