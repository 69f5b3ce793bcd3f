/**
 * `relais audit OWNER/REPO`: a GitHub repository read through the App's GitHub source (the tree, then
 * one GraphQL query), configured as the App would configure it (the repository's `.github/relais.yml`,
 * else the organisation's defaults, `_extends` followed), audited and printed like a local directory.
 */
import { githubWebBase, projectFacts } from "../render/project-facts.js";
import { resolveConfig } from "../app/config.js";
import { loadConfigFile } from "../config/load-file.js";
import { DEFAULT_CONFIG } from "../config/defaults.js";
import type { ParsedConfig } from "../config/parse.js";
import { audit } from "../engine/audit.js";
import type { ConfigProblem } from "../engine/types.js";
import type { Language } from "../render/messages/index.js";
import { fetchGithubRepository, type GithubRepositoryState } from "../sources/github.js";
import { createGithubClient, describeGithubError, githubAccess, type CliOctokit, type Environment, type GithubAccess } from "./github-client.js";
import type { Output } from "./main.js";
import { render, type OutputFormat } from "./output.js";
import { RunError, UsageError } from "./usage-error.js";

export interface AuditGithubOptions {
  owner: string;
  repo: string;
  format: OutputFormat;
  language?: Language;
  configFile?: string;
  colour: boolean;
}

export interface RemoteRepository extends ParsedConfig {
  state: GithubRepositoryState;
}

/** The repository and its configuration: two requests, more only to follow an `_extends` chain. */
export async function readRemoteRepository(octokit: CliOctokit, owner: string, repo: string, override?: ParsedConfig): Promise<RemoteRepository> {
  const state = await fetchGithubRepository(octokit, { owner, repo, label: DEFAULT_CONFIG.issue.label, organisationConfig: !override });
  const parsed = override ?? (await resolveConfig(octokit, { owner, repo, repositoryConfig: state.repositoryConfig, organisationConfig: state.organisationConfig }));
  return { state, ...parsed };
}

/** `--config FILE`: a local file used instead of the repositories' own. */
export function configOverride(file: string | undefined): ParsedConfig | undefined {
  if (file === undefined) return undefined;
  const parsed = loadConfigFile(".", file);
  if (parsed.problems.length > 0) throw new UsageError(formatProblems(parsed.problems));
  return parsed;
}

export function formatProblems(problems: readonly ConfigProblem[]): string {
  return problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ""}: ${p.key ? `${p.key}: ` : ""}${p.message}`).join("\n");
}

export function githubClient(env: Environment, err: Output): { access: GithubAccess; octokit: CliOctokit } {
  const access = githubAccess(env);
  return { access, octokit: createGithubClient(access, { warn: (message) => err.write(`relais: ${message}\n`) }) };
}

/** Returns the exit code: 0 when every required rule passes, 1 otherwise; throws for exit code 2. */
export async function auditGithub(options: AuditGithubOptions, out: Output, err: Output, env: Environment): Promise<number> {
  const override = configOverride(options.configFile);
  const { access, octokit } = githubClient(env, err);
  const name = `${options.owner}/${options.repo}`;
  let remote: RemoteRepository;
  try {
    remote = await readRemoteRepository(octokit, options.owner, options.repo, override);
  } catch (error) {
    throw new RunError(describeGithubError(error, name, access));
  }
  // As for a local directory, a configuration that says something Relais cannot follow stops the audit.
  if (remote.problems.length > 0) throw new RunError(`invalid configuration:\n${formatProblems(remote.problems)}`);
  for (const note of remote.state.notes) err.write(`relais: note: ${note}\n`);
  const report = audit(remote.state.snapshot, { config: remote.config, now: new Date() });
  out.write(render(report, options.format, { language: options.language ?? remote.config.language, colour: options.colour, reminders: remote.config.reminders, project: projectFacts(remote.state.snapshot, report, githubWebBase(env)) }));
  return report.summary.ok ? 0 : 1;
}
