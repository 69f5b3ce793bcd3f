/** Runs the pull-request check-run cost bench through vitest (it drives the TypeScript sources and the simulator directly). */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["bench/check-run-cost.ts"],
    testTimeout: 120_000,
  },
});
