/**
 * SIGTERM (a deploy, `docker stop`, a scale-down) with the Redis backend: stop taking jobs, let the
 * running audits finish within the grace period, return the rest to the queue, then exit. Without
 * Redis the process keeps Node's default (exit at once): nothing it holds would survive it anyway.
 */
import type { RelaisApp } from "../app/app.js";

export function closeOnSigterm(relais: Pick<RelaisApp, "close" | "backend">): void {
  if (relais.backend !== "redis") return;
  process.once("SIGTERM", () => {
    relais.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`relais: shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  });
}
