import { test } from "vitest";
import { audit } from "../src/engine/audit.js";
import { memorySnapshot } from "../src/engine/snapshot.js";
import { readyFiles } from "../test/support/github-fixtures.js";
test("engine", () => {
  const files = Object.fromEntries(Object.entries(readyFiles()).map(([k, v]) => [k, v.toString()]));
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    for (let i = 0; i < 100; i++) audit(memorySnapshot({ files } as never), { now: new Date() } as never);
    console.log("ms per audit", (performance.now() - t) / 100);
  }
});
