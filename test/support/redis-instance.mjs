// One Relais instance as deployed (Probot's own `run`, reading APP_ID, PRIVATE_KEY, WEBHOOK_SECRET,
// PORT, GHE_HOST, GHE_PROTOCOL, REDIS_URL from the environment), built from dist/, with the test's
// shortened windows and lock durations. Spawned by test/work/two-instances.test.ts and bench/redis-instances.mjs.
import { run } from "probot";
import { createRelaisApp } from "../../dist/app/app.js";
import { closeOnSigterm } from "../../dist/work/shutdown.js";

const env = process.env;
const relais = createRelaisApp({
  scheduleIntervalMs: Number(env.RELAIS_TEST_SCHEDULE_MS ?? 0),
  scheduleJitter: 0,
  contentWindows: env.RELAIS_TEST_CONTENT_WINDOWS ? JSON.parse(env.RELAIS_TEST_CONTENT_WINDOWS) : undefined,
  backoffMs: 200,
  redis: { url: env.REDIS_URL, lockDurationMs: Number(env.RELAIS_TEST_LOCK_MS ?? 30_000), shutdownGraceMs: 2_000, backoffMs: 200 },
});
closeOnSigterm(relais);
await run(relais.appFn);
