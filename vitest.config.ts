import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["./test/support/licence-index-setup.ts"],
    reporters: ["default", "./test/support/closing-line-reporter.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
