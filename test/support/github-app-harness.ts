/**
 * The real Probot server behind a real HTTP port, pointed at the GitHub simulator, with signed
 * webhook deliveries. Octokit's pacing of writes (one a second) is replaced by an instant lane here so
 * the tests run fast; retries and secondary-limit handling stay Probot's, with waits shortened.
 */
import { generateKeyPairSync, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { sign } from "@octokit/webhooks-methods";
import { pino } from "pino";
import { createNodeMiddleware, Probot, ProbotOctokit, type ApplicationFunctionOptions } from "probot";
import { createRelaisApp, type AuditEvent, type RelaisApp, type RelaisAppOptions } from "../../src/app/app.js";
import type { Clock } from "../../src/app/clock.js";
import { GithubSimulator } from "./github-simulator.js";

export const WEBHOOK_SECRET = "relais-test-secret";
const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048, privateKeyEncoding: { type: "pkcs8", format: "pem" }, publicKeyEncoding: { type: "spki", format: "pem" } });
export const PRIVATE_KEY = privateKey;

interface Lane {
  schedule<T>(options: unknown, task: (...args: unknown[]) => Promise<T>, ...args: unknown[]): Promise<T>;
}

/** A stand-in for plugin-throttling's Bottleneck groups: one lane per key, `minTimeMs` apart on `clock`. */
export function pacedGroup(minTimeMs: number, clock?: Clock): { key(id: string): Lane } {
  const lanes = new Map<string, Lane>();
  return {
    key(id) {
      let lane = lanes.get(id);
      if (!lane) {
        let nextAt = 0;
        let chain: Promise<void> = Promise.resolve();
        lane = {
          schedule(_options, task, ...args) {
            if (minTimeMs <= 0 || !clock) return task(...args);
            const turn = chain.then(async () => {
              const wait = nextAt - clock.now();
              if (wait > 0) await clock.sleep(wait);
              nextAt = clock.now() + minTimeMs;
            });
            chain = turn;
            return turn.then(() => task(...args));
          },
        };
        lanes.set(id, lane);
      }
      return lane;
    },
  };
}

export interface AppHarness {
  url: string;
  relais: RelaisApp;
  probot: Probot;
  logs: string[];
  /** Every finished audit attempt, in order (the App itself keeps none: `onOutcome`). */
  outcomes: AuditEvent[];
  /** Sends a signed delivery; returns the HTTP status and how long the answer took. */
  deliver(event: string, payload: object, options?: { id?: string; secret?: string }): Promise<{ status: number; ms: number }>;
  close(): Promise<void>;
}

export interface HarnessOptions extends RelaisAppOptions {
  /** Octokit's own pacing of writes and notifications (plugin-throttling), in clock time. 0: none. */
  writeSpacingMs?: number;
  notificationSpacingMs?: number;
  /** Milliseconds per second of `retry-after` and per retry step (Octokit's retry and throttling plugins). */
  retryBaseMs?: number;
  logLevel?: string;
  /** More for the App to load after Relais (the dashboard, through Probot's `addHandler`). */
  mount?: (probot: Probot, options: ApplicationFunctionOptions) => void | Promise<void>;
}

export async function startApp(simulator: GithubSimulator, options: HarnessOptions = {}): Promise<AppHarness> {
  const logs: string[] = [];
  const log = pino(
    { level: options.logLevel ?? "trace" },
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  );
  const retryBase = options.retryBaseMs ?? 5;
  const write = pacedGroup(options.writeSpacingMs ?? 0, options.clock);
  const notifications = pacedGroup(options.notificationSpacingMs ?? 0, options.clock);
  // A function, so the throttle options Probot passes are merged with these rather than replaced
  // (a write lane already chosen, like the read client's pass-through, is kept).
  const Octokit = ProbotOctokit.defaults((instance: Record<string, unknown>) => ({
    ...instance,
    throttle: { write, ...(instance.throttle as object), notifications, retryAfterBaseValue: retryBase },
    retry: { ...(instance.retry as object), retryAfterBaseValue: retryBase },
  }));
  const probot = new Probot({ appId: 1, privateKey: PRIVATE_KEY, secret: WEBHOOK_SECRET, baseUrl: simulator.url, Octokit, log });
  const outcomes: AuditEvent[] = [];
  const relais = createRelaisApp({
    scheduleIntervalMs: 0,
    backoffMs: 5,
    retry: { firstDelayMs: 5, maxDelayMs: 50 },
    ...options,
    onOutcome: (event) => {
      outcomes.push(event);
      options.onOutcome?.(event);
    },
  });
  const middleware = await createNodeMiddleware(
    async (app, appOptions) => {
      await relais.appFn(app, appOptions);
      await options.mount?.(app, appOptions);
    },
    { probot },
  );
  const server: Server = createServer((request, response) => {
    void middleware(request, response, () => response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`;

  return {
    url,
    relais,
    probot,
    logs,
    outcomes,
    async deliver(event, payload, deliveryOptions = {}) {
      const body = JSON.stringify(payload);
      const signature = await sign(deliveryOptions.secret ?? WEBHOOK_SECRET, body);
      const started = performance.now();
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-github-event": event, "x-github-delivery": deliveryOptions.id ?? randomUUID(), "x-hub-signature-256": signature },
        body,
      });
      await response.arrayBuffer();
      return { status: response.status, ms: performance.now() - started };
    },
    async close() {
      relais.stop();
      await relais.idle();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Webhook payloads, with only the fields Relais reads (and those Probot needs). */
export const payloads = {
  installationCreated(installationId: number, account: string) {
    return { action: "created", installation: { id: installationId, account: { login: account } }, repositories: [], sender: { login: "someone", type: "User" } };
  },
  repositoriesAdded(installationId: number, fullNames: string[]) {
    return { action: "added", installation: { id: installationId }, repositories_added: fullNames.map((fullName, index) => ({ id: index + 1, full_name: fullName, name: fullName.split("/")[1], private: false })), repositories_removed: [], sender: { login: "someone", type: "User" } };
  },
  push(installationId: number, fullName: string, options: { ref?: string } = {}) {
    const [owner, name] = fullName.split("/");
    return { ref: options.ref ?? "refs/heads/main", deleted: false, installation: { id: installationId }, repository: { name, full_name: fullName, owner: { login: owner }, default_branch: "main", archived: false, fork: false }, sender: { login: "someone", type: "User" } };
  },
  comment(installationId: number, fullName: string, issueNumber: number, user: string, body: string) {
    const [owner, name] = fullName.split("/");
    return {
      action: "created",
      installation: { id: installationId },
      repository: { name, full_name: fullName, owner: { login: owner } },
      issue: { number: issueNumber, body: "", title: "Relais" },
      comment: { id: Math.floor(Math.random() * 1e9), body, user: { login: user, type: "User" } },
      sender: { login: user, type: "User" },
    };
  },
};

export interface Scenario {
  simulator: GithubSimulator;
  app: AppHarness;
  /** Delivers a push to the default branch, waits for the audits, returns the requests it cost. */
  push(fullName: string): Promise<string[]>;
  close(): Promise<void>;
}

/** The usual scene: installation 1 on the organisation "eig", whose `.github` repository holds `organisationConfig`. */
export async function startScenario(organisationConfig: string, setup: (simulator: GithubSimulator) => void = () => undefined, options: HarnessOptions = {}): Promise<Scenario> {
  const simulator = new GithubSimulator();
  await simulator.start();
  simulator.addInstallation(1, "eig");
  simulator.addRepository("eig/.github", { ".github/relais.yml": organisationConfig });
  setup(simulator);
  const app = await startApp(simulator, options);
  return {
    simulator,
    app,
    async push(fullName) {
      const mark = simulator.requests.length;
      const answer = await app.deliver("push", payloads.push(1, fullName));
      if (answer.status !== 200) throw new Error(`push delivery answered ${answer.status}`);
      await app.relais.idle();
      return simulator.since(mark);
    },
    async close() {
      await app.close();
      await simulator.stop();
    },
  };
}
