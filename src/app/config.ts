/**
 * The App's configuration, with Probot's semantics: the repository's `.github/relais.yml`, else the
 * organisation's `.github` repository's, then any `_extends` chain. Both texts arrive in the audit's
 * GraphQL query, so the common case costs no request; only a file that `_extends` another asks Probot's
 * config loader (`octokit.config.get`) to follow the chain. An invalid file yields its problems (file,
 * line, key) and the defaults, so the audit goes on and the issue says what is wrong.
 *
 * A public repository's issue never quotes a private organisation file: its problems become one line
 * saying the organisation's configuration is invalid and where to look.
 */
import type { ConfigProblem } from "../engine/types.js";
import { DEFAULT_CONFIG } from "../config/defaults.js";
import { parseConfigText, validateConfig, type ParsedConfig } from "../config/parse.js";
import { CONFIG_FILES } from "../sources/github-candidates.js";
import type { ConfigText, GithubClient } from "../sources/github.js";
import type { ProbotOctokit } from "probot";

export type ConfigLoader = Pick<InstanceType<typeof ProbotOctokit>, "config">;

export interface ConfigSources {
  owner: string;
  repo: string;
  repositoryConfig?: ConfigText;
  organisationConfig?: ConfigText;
  /** The audited repository is public: what it shows must not come from private files. */
  publicRepository?: boolean;
}

export const PRIVATE_ORGANISATION_PROBLEM = "the organisation's configuration is invalid; see its .github repository";
export const PRIVATE_EXTENDS_PROBLEM = "the configuration named by _extends is invalid; its content is not shown here, as it may be private";

export async function resolveConfig(octokit: GithubClient & Partial<ConfigLoader>, sources: ConfigSources): Promise<ParsedConfig> {
  const parsed = await resolveUnfiltered(octokit, sources);
  const chosen = sources.repositoryConfig ?? sources.organisationConfig;
  if (!chosen || parsed.problems.length === 0 || !sources.publicRepository) return parsed;
  if (chosen === sources.organisationConfig && chosen.private) return { config: parsed.config, problems: [{ file: chosen.file, key: "", message: PRIVATE_ORGANISATION_PROBLEM, code: "private-organisation" }] };
  // Past `_extends`, the files read may be private ones: keep the repository's own problems only.
  const own = parsed.problems.filter((problem) => problem.file === chosen.file);
  const extended = parsed.problems.length > own.length ? [{ file: chosen.file, key: "_extends", message: PRIVATE_EXTENDS_PROBLEM, code: "private-extends" } satisfies ConfigProblem] : [];
  return { config: parsed.config, problems: [...own, ...extended] };
}

async function resolveUnfiltered(octokit: GithubClient & Partial<ConfigLoader>, sources: ConfigSources): Promise<ParsedConfig> {
  const chosen = sources.repositoryConfig ?? sources.organisationConfig;
  if (!chosen) return { config: DEFAULT_CONFIG, problems: [] };
  if (chosen.text === undefined) return { config: DEFAULT_CONFIG, problems: [{ file: chosen.file, key: "", message: chosen.problem ?? "could not be read" }] };
  const parsed = parseConfigText(chosen.text, chosen.file);
  // `_extends` is read from the bounded parse, never by parsing the text a second time.
  if (parsed.problems.length > 0 || !("_extends" in parsed.config) || !octokit.config) return parsed;
  // `_extends`: let Probot's loader follow the chain (a request per file in it) and validate the result.
  const repo = chosen === sources.repositoryConfig ? sources.repo : ".github";
  try {
    const { config } = await octokit.config.get({ owner: sources.owner, repo, path: CONFIG_FILES[0]! });
    return validateConfig(config, `${chosen.file} (_extends)`);
  } catch (error) {
    return { config: parsed.config, problems: [{ file: `${chosen.file} (_extends)`, key: "_extends", message: `could not be followed: ${error instanceof Error ? error.message.replace(/^\[[^\]]+\]\s*/, "") : String(error)}` }] };
  }
}
