/**
 * `npm start`: Probot's own `probot run dist/index.js`, with the set-up page's manifest made safe
 * first (see setup/safe-manifest.ts). Probot's options (`--port`, `--log-level`…) pass through.
 */
import { pathToFileURL } from "node:url";
import { run } from "probot";
import { makeSetupManifestSafe } from "./setup/safe-manifest.js";

export const APP_ENTRY = new URL("./index.js", import.meta.url).href;

export async function start(argv: string[]): Promise<Awaited<ReturnType<typeof run>>> {
  await makeSetupManifestSafe();
  return run([...argv, APP_ENTRY], { env: process.env });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await start(process.argv.slice(2));
