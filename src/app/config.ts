/**
 * The App's configuration, with Probot's semantics: the repository's `.github/relais.yml`, else the
 * organisation's `.github` repository's, then any `_extends` chain. Both texts arrive in the audit's
 * GraphQL query, so the common case costs no request; only a file that `_extends` another asks Probot's
 * config loader (`octokit.config.get`) to follow the chain. An invalid file yields its problems (file,
 * line, key) and the defaults, so the audit goes on and the issue says what is wrong.
 */
import { parse as parseYaml } from "yaml";
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
}

export async function resolveConfig(octokit: GithubClient & Partial<ConfigLoader>, sources: ConfigSources): Promise<ParsedConfig> {
  const chosen = sources.repositoryConfig ?? sources.organisationConfig;
  if (!chosen) return { config: DEFAULT_CONFIG, problems: [] };
  if (chosen.text === undefined) return { config: DEFAULT_CONFIG, problems: [{ file: chosen.file, key: "", message: chosen.problem ?? "could not be read" }] };
  const parsed = parseConfigText(chosen.text, chosen.file);
  if (parsed.problems.length > 0 || !hasExtends(chosen.text) || !octokit.config) return parsed;
  // `_extends`: let Probot's loader follow the chain (a request per file in it) and validate the result.
  const repo = chosen === sources.repositoryConfig ? sources.repo : ".github";
  try {
    const { config } = await octokit.config.get({ owner: sources.owner, repo, path: CONFIG_FILES[0]! });
    return validateConfig(config, `${chosen.file} (_extends)`);
  } catch (error) {
    return { config: parsed.config, problems: [{ file: chosen.file, key: "_extends", message: `could not be followed: ${error instanceof Error ? error.message.replace(/^\[[^\]]+\]\s*/, "") : String(error)}` }] };
  }
}

function hasExtends(text: string): boolean {
  try {
    const value: unknown = parseYaml(text);
    return typeof value === "object" && value !== null && "_extends" in value;
  } catch {
    return false;
  }
}
