/**
 * Adds the dashboard to the App's server (Probot's `addHandler`) unless RELAIS_DASHBOARD=off. Sign-in
 * is offered when GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET are set (Probot's set-up writes them).
 * The cookies are signed with RELAIS_SESSION_SECRET, or else a key derived from the client secret.
 */
import { createHmac, randomBytes } from "node:crypto";
import type { ApplicationFunctionOptions, Probot } from "probot";
import type { Store } from "../store/store.js";
import { createDashboardHandler } from "./dashboard-handler.js";
import { githubSignIn } from "./github-sign-in.js";

export function mountDashboard(app: Probot, options: Pick<ApplicationFunctionOptions, "addHandler">, store: Store, env: NodeJS.ProcessEnv): boolean {
  if (env.RELAIS_DASHBOARD?.trim().toLowerCase() === "off") return false;
  const clientId = env.GITHUB_CLIENT_ID?.trim();
  const clientSecret = env.GITHUB_CLIENT_SECRET?.trim();
  const ghe = env.GHE_HOST?.trim();
  const protocol = env.GHE_PROTOCOL?.trim() || "https";
  const sessionSecret = env.RELAIS_SESSION_SECRET?.trim() || (clientSecret ? createHmac("sha256", clientSecret).update("relais dashboard sessions").digest("hex") : randomBytes(32).toString("hex"));
  const handler = createDashboardHandler({
    store,
    sessionSecret,
    signIn: clientId && clientSecret ? githubSignIn({ clientId, clientSecret, baseUrl: ghe ? `${protocol}://${ghe}/api/v3` : undefined }) : undefined,
    webUrl: ghe ? `${protocol}://${ghe}` : undefined,
    publicUrl: env.RELAIS_DASHBOARD_URL?.trim() || undefined,
    log: app.log,
  });
  options.addHandler(handler);
  return true;
}
