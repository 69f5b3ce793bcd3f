/**
 * Probot entry point: `npm start` runs `probot run ./dist/index.js`, which reads Probot's standard
 * environment (APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT, LOG_LEVEL, GHE_HOST,
 * GHE_PROTOCOL) and, without credentials, offers the manifest flow that registers the App (app.yml).
 * Relais's own settings: RELAIS_SCHEDULE_HOURS (re-audit interval, default 24, 0 turns it off) and
 * RELAIS_CONCURRENCY (audits reading at once per installation, default 8). With REDIS_URL, the work
 * lives in Redis (BullMQ) and several instances share it and GitHub's limits (src/work/).
 */
import { createRelaisApp } from "./app/app.js";
import { closeOnSigterm } from "./work/shutdown.js";

function numberFrom(value: string | undefined, fallback: number): number {
  const parsed = value === undefined || value.trim() === "" ? Number.NaN : Number(value);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
}

const relais = createRelaisApp({
  scheduleIntervalMs: numberFrom(process.env.RELAIS_SCHEDULE_HOURS, 24) * 3_600_000,
  readConcurrency: Math.max(1, numberFrom(process.env.RELAIS_CONCURRENCY, 8)),
  redis: process.env.REDIS_URL ? { url: process.env.REDIS_URL } : undefined,
});
closeOnSigterm(relais);

export default relais.appFn;
