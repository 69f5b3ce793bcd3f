import { defineConfig } from "vitest/config";
export default defineConfig({ test: { include: [process.env.F ?? "bench/zz-probe.ts"], testTimeout: 15 * 60_000 } });
