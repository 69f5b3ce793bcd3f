/** Runs the store, dashboard and catch-up bench through vitest (it drives the TypeScript sources directly). */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["bench/store-dashboard.ts"],
    testTimeout: 30 * 60_000,
    hookTimeout: 60_000,
  },
});
