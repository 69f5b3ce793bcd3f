/**
 * "Se connecter avec GitHub": the App's own user-to-server OAuth (@octokit/oauth-app, with the
 * GITHUB_CLIENT_ID / GITHUB_CLIENT_SECRET Probot's set-up writes). The user's token is used at once
 * to list the private repositories they can reach through this App's installations, then dropped:
 * it is never stored nor logged.
 */
import { Octokit as OAuthOctokit } from "@octokit/core";
import { OAuthApp } from "@octokit/oauth-app";

export interface SignedInViewer {
  login: string;
  privateRepositories: string[];
}

export interface GithubSignIn {
  authorizationUrl(state: string, redirectUrl: string): string;
  /** Exchanges the code (the state was checked by the caller) and lists what the viewer may see. */
  viewer(code: string, state: string, redirectUrl: string): Promise<SignedInViewer>;
}

/** At most this many pages of 100 repositories are read per installation (a sign-in must stay quick). */
const MAX_PAGES = 50;

export function githubSignIn(options: { clientId: string; clientSecret: string; baseUrl?: string }): GithubSignIn {
  const Octokit = OAuthOctokit.defaults({ baseUrl: options.baseUrl ?? "https://api.github.com" });
  const app = new OAuthApp({ clientType: "github-app", clientId: options.clientId, clientSecret: options.clientSecret, Octokit });
  return {
    authorizationUrl: (state, redirectUrl) => app.getWebFlowAuthorizationUrl({ state, redirectUrl }).url,
    async viewer(code, state, redirectUrl) {
      const octokit = await app.getUserOctokit({ code, state, redirectUrl });
      const { data: user } = await octokit.request("GET /user");
      const privateRepositories = new Set<string>();
      for (const installation of await pages(octokit, "GET /user/installations", {}, "installations")) {
        const id = (installation as { id: number }).id;
        for (const repository of await pages(octokit, "GET /user/installations/{installation_id}/repositories", { installation_id: id }, "repositories")) {
          const { full_name, private: isPrivate, visibility } = repository as { full_name: string; private?: boolean; visibility?: string };
          if (isPrivate || visibility === "internal") privateRepositories.add(full_name);
        }
      }
      return { login: String((user as { login?: string }).login ?? ""), privateRepositories: [...privateRepositories].sort() };
    },
  };
}

async function pages(octokit: InstanceType<typeof OAuthOctokit>, route: string, params: Record<string, unknown>, key: string): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await octokit.request(route, { ...params, per_page: 100, page });
    const batch = ((data as Record<string, unknown>)[key] ?? []) as unknown[];
    items.push(...batch);
    if (batch.length < 100) break;
  }
  return items;
}
