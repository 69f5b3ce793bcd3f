/**
 * Spawned instances run the built App (dist/), as deployed. `npm ci` builds it; when a source file is
 * newer than the build (editing, then testing), it is rebuilt first so a test never runs stale code.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export function ensureBuilt(root = process.cwd()): void {
  let built = 0;
  try {
    built = statSync(join(root, "dist", "index.js")).mtimeMs;
  } catch {
    built = 0;
  }
  if (built >= newest(join(root, "src"))) return;
  const result = spawnSync("npm", ["run", "--silent", "build"], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}
