/**
 * The reviewers' dashboard, served by the App under `/relais` through Probot's `addHandler`: pages
 * rendered on the server from the store, exports, and the GitHub sign-in. Only GET; every answer
 * carries a strict content security policy; anonymous viewers see public repositories only.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Clock } from "../app/clock.js";
import { systemClock } from "../app/clock.js";
import { matrixLabels } from "../render/org-matrix-labels.js";
import { escapeHtml } from "../render/org-html.js";
import { ANONYMOUS, type Store, type Viewer } from "../store/store.js";
import { queryString, readQuery, storeQuery } from "./dashboard-query.js";
import { writeExport } from "./exports.js";
import type { GithubSignIn } from "./github-sign-in.js";
import { CONTENT_SECURITY_POLICY, renderPage, STYLE_SHEET, type PageContext } from "./layout.js";
import { toMatrixRow, type WebUrls } from "./matrix-rows.js";
import { renderOverview } from "./overview-page.js";
import { renderRepository } from "./repository-page.js";
import { cookieHeader, CookieSigner, randomToken, readCookie, SESSION_COOKIE, sessionKey, STATE_COOKIE } from "./session-cookie.js";

export interface DashboardOptions {
  store: Store;
  /** Signs the cookies; keep it stable across restarts so sessions survive them. */
  sessionSecret: string;
  signIn?: GithubSignIn;
  /** GitHub's web address (GitHub Enterprise: its host). */
  webUrl?: string;
  /** The dashboard's public address ("https://relais.example.org"); read from the request when absent. */
  publicUrl?: string;
  clock?: Clock;
  sessionTtlMs?: number;
  /** Days shown in the chart. */
  chartDays?: number;
  log?: { error(details: object, message: string): void };
}

export const BASE = "/relais";
const DAY = 86_400_000;

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

export function createDashboardHandler(options: DashboardOptions): Handler {
  const { store } = options;
  const clock = options.clock ?? systemClock;
  const signer = new CookieSigner(options.sessionSecret);
  const urls: WebUrls = { web: (options.webUrl ?? "https://github.com").replace(/\/$/, ""), base: BASE };
  const ttl = options.sessionTtlMs ?? 8 * 3_600_000;

  const secure = (request: IncomingMessage) => (options.publicUrl ? options.publicUrl.startsWith("https:") : request.headers["x-forwarded-proto"] === "https");
  const origin = (request: IncomingMessage) => options.publicUrl?.replace(/\/$/, "") ?? `${secure(request) ? "https" : "http"}://${request.headers.host ?? "localhost"}`;

  async function viewerOf(request: IncomingMessage): Promise<{ viewer: Viewer; login: string | null }> {
    const id = signer.verify(readCookie(request, SESSION_COOKIE));
    const session = id ? await store.session(sessionKey(id), new Date(clock.now())) : undefined;
    return session ? { viewer: { privateRepositories: session.privateRepositories }, login: session.login } : { viewer: ANONYMOUS, login: null };
  }

  function send(response: ServerResponse, status: number, type: string, body: string, headers: Record<string, string | string[]> = {}): void {
    response.writeHead(status, { "content-type": type, "content-security-policy": CONTENT_SECURITY_POLICY, "x-content-type-options": "nosniff", "referrer-policy": "same-origin", "cache-control": "private, no-store", ...headers });
    response.end(body);
  }

  function redirect(response: ServerResponse, location: string, cookies: string[] = []): void {
    response.writeHead(302, { location, "set-cookie": cookies, "cache-control": "no-store", "content-security-policy": CONTENT_SECURITY_POLICY });
    response.end();
  }

  async function route(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname.replace(/\/+$/, "") || "/";
    const query = readQuery(url.searchParams);
    const labels = matrixLabels(query.language);
    const lang = query.language === "en" ? "?lang=en" : "";
    const page = (login: string | null, otherHref: string): PageContext => ({ base: BASE, language: query.language, otherLanguageHref: otherHref, login, canSignIn: Boolean(options.signIn) });
    const other = (suffix: string) => `${BASE}${suffix}${queryString({ ...query, language: query.language === "en" ? "fr" : "en" })}`;

    if (path === `${BASE}/dashboard.css`) return send(response, 200, "text/css; charset=utf-8", STYLE_SHEET, { "cache-control": "public, max-age=3600" });

    if (path === `${BASE}/login`) {
      if (!options.signIn) return send(response, 404, "text/plain; charset=utf-8", "GitHub sign-in is not configured (GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET).");
      const state = randomToken();
      const cookie = cookieHeader(STATE_COOKIE, signer.sign(`${state}|${query.language}`), { path: BASE, secure: secure(request), maxAgeSeconds: 600 });
      return redirect(response, options.signIn.authorizationUrl(state, `${origin(request)}${BASE}/callback`), [cookie]);
    }

    if (path === `${BASE}/callback`) {
      const clearState = cookieHeader(STATE_COOKIE, "", { path: BASE, secure: secure(request), maxAgeSeconds: 0 });
      const [expected, language] = (signer.verify(readCookie(request, STATE_COOKIE)) ?? "").split("|");
      const state = url.searchParams.get("state");
      const code = url.searchParams.get("code");
      const back = language === "en" ? "?lang=en" : "";
      if (!options.signIn || !expected || state !== expected || !code) return send(response, 400, "text/plain; charset=utf-8", "Sign-in refused: the OAuth state does not match (start again from the dashboard).", { "set-cookie": clearState });
      const viewer = await options.signIn.viewer(code, state, `${origin(request)}${BASE}/callback`);
      const id = randomToken();
      await store.saveSession({ id: sessionKey(id), login: viewer.login, privateRepositories: viewer.privateRepositories, expiresAt: new Date(clock.now() + ttl).toISOString() });
      return redirect(response, `${BASE}${back}`, [clearState, cookieHeader(SESSION_COOKIE, signer.sign(id), { path: BASE, secure: secure(request), maxAgeSeconds: Math.round(ttl / 1000) })]);
    }

    if (path === `${BASE}/logout`) {
      const id = signer.verify(readCookie(request, SESSION_COOKIE));
      if (id) await store.deleteSession(sessionKey(id));
      return redirect(response, `${BASE}${lang}`, [cookieHeader(SESSION_COOKIE, "", { path: BASE, secure: secure(request), maxAgeSeconds: 0 })]);
    }

    const { viewer, login } = await viewerOf(request);

    if (path === `${BASE}/repositories.json` || path === `${BASE}/repositories.csv`) {
      const format = path.endsWith(".csv") ? "csv" : "json";
      response.writeHead(200, {
        "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="relais-repositories.${format}"`,
        "content-security-policy": CONTENT_SECURITY_POLICY,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      });
      return writeExport(response, format, store, viewer, query.filter, urls);
    }

    if (path === BASE) {
      const now = new Date(clock.now());
      const [organisations, list, totals, days] = await Promise.all([
        store.organisations(viewer),
        store.listRepositories(viewer, { ...storeQuery(query), withReports: true }),
        store.ruleTotals(viewer, query.filter),
        store.readyOverTime(viewer, { organisation: query.filter.organisation }, now, options.chartDays ?? 90),
      ]);
      const body = renderOverview({ query, base: BASE, signedIn: Boolean(login), organisations, rows: list.rows.map((row) => toMatrixRow(row, urls, query.language)), total: list.total, totals, days });
      return send(response, 200, "text/html; charset=utf-8", renderPage(page(login, other("")), labels.title, body));
    }

    const repository = /^\/relais\/repository\/([^/]+)\/([^/]+)$/.exec(path);
    if (repository) {
      const fullName = `${decodeURIComponent(repository[1]!)}/${decodeURIComponent(repository[2]!)}`;
      const detail = await store.repository(viewer, fullName);
      const suffix = `/repository/${repository[1]}/${repository[2]}`;
      if (!detail) return send(response, 404, "text/html; charset=utf-8", renderPage(page(login, other(suffix)), labels.title, `<h1>${escapeHtml(fullName)}</h1><p>${escapeHtml(labels.notFound)}</p>`));
      return send(response, 200, "text/html; charset=utf-8", renderPage(page(login, other(suffix)), `${detail.repository} · Relais`, renderRepository(detail, urls, query.language)));
    }

    return send(response, 404, "text/html; charset=utf-8", renderPage(page(login, other("")), labels.title, `<p>${escapeHtml(labels.notFound)}</p>`));
  }

  return async (request, response) => {
    const url = new URL(request.url ?? "/", "http://relais.invalid");
    if (url.pathname !== BASE && !url.pathname.startsWith(`${BASE}/`)) return false;
    if (request.method !== "GET" && request.method !== "HEAD") {
      send(response, 405, "text/plain; charset=utf-8", "Method not allowed", { allow: "GET, HEAD" });
      return true;
    }
    try {
      await route(request, response, url);
    } catch (error) {
      // The message only: an Octokit error's request would carry the OAuth code or token.
      options.log?.error({ path: url.pathname, error: error instanceof Error ? error.message : String(error) }, "dashboard request failed");
      if (!response.headersSent) send(response, 500, "text/plain; charset=utf-8", "The dashboard could not answer; the App's log says why.");
      else response.end();
    }
    return true;
  };
}
