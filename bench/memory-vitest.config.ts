/** Runs the App benches (memory, write lane) through vitest (it drives the TypeScript sources and the simulator directly). */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["bench/app-*.ts"],
    testTimeout: 60 * 60_000,
    hookTimeout: 60_000,
  },
});
