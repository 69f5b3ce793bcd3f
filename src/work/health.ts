/**
 * `GET /relais/health` for a load balancer or an orchestrator: 200 while this instance can take work
 * (with Redis: Redis answers and the worker runs), 503 otherwise. It says nothing else: no version,
 * no counts, nothing an outsider could use.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export const HEALTH_PATH = "/relais/health";

export function healthHandler(healthy: () => Promise<boolean>) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const path = new URL(request.url ?? "/", "http://relais.invalid").pathname;
    if (path !== HEALTH_PATH || (request.method !== "GET" && request.method !== "HEAD")) return false;
    const ok = await healthy().catch(() => false);
    response.writeHead(ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
    response.end(request.method === "HEAD" ? undefined : JSON.stringify({ status: ok ? "ok" : "unavailable" }));
    return true;
  };
}
