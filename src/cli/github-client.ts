/**
 * The command line's GitHub client: Probot's Octokit (throttling and retry plugins, so GitHub's rate
 * limits are waited out rather than hit), authenticated with a token from the environment, reading
 * only: GraphQL queries go through a read lane instead of Octokit's one-a-second write lane (see
 * ../sources/github-read-lane.ts), and anything but a read is refused.
 */
import { ProbotOctokit } from "probot";
import { RepositoryNotFound } from "../sources/github.js";
import { QueryLane, readOnly, unpacedGroup } from "../sources/github-read-lane.js";
import { RunError } from "./usage-error.js";

export type CliOctokit = InstanceType<typeof ProbotOctokit>;

export type Environment = Record<string, string | undefined>;

export interface GithubAccess {
  token: string;
  baseUrl: string;
}

const NO_TOKEN = `no GitHub token: set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repositories, for example
  GITHUB_TOKEN=$(gh auth token) relais …
A fine-grained token needs read access to "Contents", "Metadata" and "Issues"; a classic token needs
no scope for public repositories and "repo" for private ones.`;

/** The token and API address, as GitHub's own tools name them. */
export function githubAccess(env: Environment): GithubAccess {
  const token = (env.GITHUB_TOKEN || env.GH_TOKEN || "").trim();
  if (!token) throw new RunError(NO_TOKEN);
  return { token, baseUrl: apiUrl(env) };
}

/** GITHUB_API_URL (GitHub Actions' name), else GHE_HOST and GHE_PROTOCOL (Probot's), else github.com. */
function apiUrl(env: Environment): string {
  if (env.GITHUB_API_URL) return env.GITHUB_API_URL.replace(/\/+$/, "");
  if (env.GHE_HOST) return `${env.GHE_PROTOCOL || "https"}://${env.GHE_HOST.replace(/\/+$/, "")}/api/v3`;
  return "https://api.github.com";
}

export interface ClientLog {
  warn(message: string): void;
}

export function createGithubClient(access: GithubAccess, log: ClientLog): CliOctokit {
  const quiet = () => undefined;
  const octokit = new ProbotOctokit({
    auth: { token: access.token },
    baseUrl: access.baseUrl,
    userAgent: "relais-cli",
    log: { debug: quiet, info: quiet, warn: (message: string) => log.warn(message), error: (message: string) => log.warn(message) },
    throttle: {
      enabled: true,
      write: unpacedGroup,
      // Wait out a secondary limit a few times; a primary limit only when it resets within a minute.
      onSecondaryRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 3,
      onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 1 && retryAfter <= 60,
    },
  });
  return readOnly(octokit, new QueryLane());
}

/**
 * What went wrong with GitHub, in one line for a person: never a stack trace, never the request (its
 * headers carry the token), and the token itself masked should a message ever repeat it.
 */
export function describeGithubError(error: unknown, what: string, access?: GithubAccess): string {
  const { status, message, response } = (error ?? {}) as { status?: number; message?: string; response?: { headers?: Record<string, string | undefined> } };
  const headers = response?.headers ?? {};
  let text: string;
  const cause = (error as { cause?: { code?: string; message?: string; cause?: { code?: string } } } | undefined)?.cause;
  // Octokit reports a request that got no answer at all (DNS, refused connection) as a 500 without a response.
  if (!response && cause) text = `could not reach GitHub${access ? ` at ${access.baseUrl}` : ""} (${cause.cause?.code ?? cause.code ?? cause.message ?? "no answer"}): check the network, or GITHUB_API_URL`;
  else if (status === 401) text = "GitHub refused the token (401 Bad credentials): check GITHUB_TOKEN or GH_TOKEN";
  else if (status === 404 || error instanceof RepositoryNotFound) text = `${what}: not found, or not visible with this token (a private repository needs a token with access to it)`;
  else if ((status === 403 || status === 429) && headers["x-ratelimit-remaining"] === "0") {
    const reset = Number(headers["x-ratelimit-reset"]);
    text = `GitHub's rate limit for this token is used up${Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : ""}; try again then`;
  } else if ((status === 403 || status === 429) && (headers["retry-after"] !== undefined || /secondary rate/i.test(message ?? ""))) {
    text = "GitHub's secondary rate limit was hit several times; wait a few minutes, or lower --concurrency";
  } else if (status === 403) text = `${what}: access refused (403): the token lacks a permission (read access to contents, metadata and issues)`;
  else if (status && status >= 500) text = `${what}: GitHub answered ${status} after several attempts; try again later`;
  else text = `${what}: ${firstLine(message) || "request failed"}${status ? ` (${status})` : ""}`;
  return access && access.token.length >= 8 ? text.split(access.token).join("***") : text;
}

function firstLine(message: string | undefined): string {
  return (message ?? "").split("\n")[0]!.replace(/\s+-\s+https:\/\/docs\.github\.com\S*/, "").trim();
}
