/** Runs the GitHub API cost bench through vitest (it drives the TypeScript sources and the simulator directly). */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["bench/github-cost.ts"],
    testTimeout: 15 * 60_000,
    hookTimeout: 60_000,
  },
});
