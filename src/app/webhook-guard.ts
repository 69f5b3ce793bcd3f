/**
 * What a webhook request may cost before its signature is checked: nothing buffered beyond GitHub's
 * own 25 MB payload cap, and no payload in the logs.
 *
 * Probot gives no hook before its webhooks middleware buffers the body: `probot run` puts that
 * middleware first and the App's `addHandler` handlers after it (node_modules/probot/lib/server/server.js),
 * while `createNodeMiddleware` runs them before it. So the refusal is decided on the request's headers
 * in Node's `http.server.request.start` diagnostics channel, which Node publishes before the server's
 * "request" event: a request over the cap (or without a Content-Length, which GitHub always sends, so
 * that a chunked body cannot grow past it) is moved to a path of its own, which the webhooks middleware
 * does not claim, and answered by `webhookGuardHandler` without reading it. The handler also decides on
 * its own, for servers where it runs first.
 */
import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";

/** GitHub caps webhook payloads at 25 MB (docs: "Webhook payloads are capped at 25 MB"). */
export const GITHUB_PAYLOAD_CAP = 25 * 1024 * 1024;

export interface GuardOptions {
  webhookPath: string;
  maxBytes?: number;
  log: { warn(object: object, message: string): void };
}

type Refusal = 411 | 413;

const refused = new WeakMap<IncomingMessage, Refusal>();
const guarded = new Map<string, number>();
let subscribed = false;

/** The refusal a webhook request deserves from its headers alone, if any. */
export function refusalOf(request: Pick<IncomingMessage, "method" | "url" | "headers">, webhookPath: string, maxBytes: number): Refusal | undefined {
  if (request.method !== "POST" || pathOf(request.url) !== trimSlash(webhookPath)) return undefined;
  const length = request.headers["content-length"];
  if (length === undefined) return request.headers["transfer-encoding"] ? 411 : undefined;
  const bytes = Number(length);
  return Number.isFinite(bytes) && bytes <= maxBytes ? undefined : 413;
}

/** Moves refused requests off the webhook path before any handler sees them (once per process and path). */
export function divertRefusedWebhooks(webhookPath: string, maxBytes = GITHUB_PAYLOAD_CAP): void {
  guarded.set(trimSlash(webhookPath), maxBytes);
  if (subscribed) return;
  subscribed = true;
  diagnostics.subscribe("http.server.request.start", (message) => {
    const { request } = message as { request: IncomingMessage };
    const path = pathOf(request.url);
    const max = guarded.get(path);
    if (max === undefined) return;
    const refusal = refusalOf(request, path, max);
    if (!refusal) return;
    refused.set(request, refusal);
    request.url = `${path}/refused`;
  });
}

/** A Probot handler (`addHandler`) answering refused webhook requests; false for every other request. */
export function webhookGuardHandler(options: GuardOptions): (request: IncomingMessage, response: ServerResponse) => boolean {
  const maxBytes = options.maxBytes ?? GITHUB_PAYLOAD_CAP;
  return (request, response) => {
    const refusal = refused.get(request) ?? refusalOf(request, options.webhookPath, maxBytes);
    if (!refusal) return false;
    refused.delete(request);
    const header = (name: string) => (typeof request.headers[name] === "string" ? (request.headers[name] as string).slice(0, 100) : undefined);
    options.log.warn({ delivery: header("x-github-delivery"), event: header("x-github-event"), size: header("content-length") ?? "chunked" }, refusal === 413 ? "webhook refused: larger than GitHub's 25 MB payload cap" : "webhook refused: no Content-Length");
    response.writeHead(refusal, { "content-type": "text/plain", connection: "close" });
    response.end(refusal === 413 ? "payload too large\n" : "length required\n");
    // Discarded as it arrives, never kept; the connection closes once the answer is sent.
    request.resume();
    return true;
  };
}

/**
 * The error @octokit/webhooks raises for a bad signature carries the whole request (`error.event`),
 * and Probot logs that error: one unsigned 20 MB request wrote 60 MB to the log. Making the payload a
 * non-enumerable property keeps it readable for the signature check and out of every serialiser.
 */
export function hidePayload<E extends { payload: unknown }>(event: E): E {
  Object.defineProperty(event, "payload", { value: event.payload, enumerable: false, writable: false, configurable: true });
  return event;
}

function pathOf(url: string | undefined): string {
  try {
    return trimSlash(new URL(url ?? "/", "http://localhost").pathname);
  } catch {
    return "";
  }
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}
