/**
 * Probot entry point: `npm start` runs `probot run ./dist/index.js`, which reads Probot's standard
 * environment (APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT, LOG_LEVEL, GHE_HOST,
 * GHE_PROTOCOL) and, without credentials, offers the manifest flow that registers the App (app.yml).
 * Relais's own settings: RELAIS_SCHEDULE_HOURS (re-audit interval, default 24, 0 turns it off),
 * RELAIS_CONCURRENCY (audits reading at once per installation, default 8), DATABASE_URL (where audits
 * are kept, default sqlite:.relais/relais.sqlite), RELAIS_DASHBOARD=off (no page at /relais) and
 * REDIS_URL (the work lives in Redis through BullMQ, so several instances share it and GitHub's
 * limits: src/work/).
 */
import type { ApplicationFunction } from "probot";
import { createRelaisApp } from "./app/app.js";
import { mountDashboard } from "./dashboard/mount-dashboard.js";
import { DEFAULT_DATABASE_URL, openStore } from "./store/open-store.js";
import { closeOnSigterm } from "./work/shutdown.js";

function numberFrom(value: string | undefined, fallback: number): number {
  const parsed = value === undefined || value.trim() === "" ? Number.NaN : Number(value);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
}

const relaisApp: ApplicationFunction = async (app, options) => {
  const store = await openStore(process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL);
  const relais = createRelaisApp({
    scheduleIntervalMs: numberFrom(process.env.RELAIS_SCHEDULE_HOURS, 24) * 3_600_000,
    readConcurrency: Math.max(1, numberFrom(process.env.RELAIS_CONCURRENCY, 8)),
    store,
    redis: process.env.REDIS_URL ? { url: process.env.REDIS_URL } : undefined,
  });
  closeOnSigterm(relais);
  await relais.appFn(app, options);
  mountDashboard(app, options, store, process.env);
};

export default relaisApp;
