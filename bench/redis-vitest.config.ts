/** Runs the multi-instance bench through vitest (it spawns the built App and drives the simulator). */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["bench/redis-instances.ts"],
    testTimeout: 30 * 60_000,
    hookTimeout: 5 * 60_000,
  },
});
