/**
 * Vitest global setup: indexes the licence reference texts once (about 700 of them, a few seconds)
 * into a temporary file keyed by the index fingerprint, and points every test file at it through
 * RELAIS_LICENCE_INDEX, instead of each test file building the same index again.
 */
import { existsSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { indexFingerprint, serialiseIndex } from "../../src/licence/prebuilt-index.js";
import { buildIndex } from "../../src/licence/references.js";

export default function setup(): void {
  const fingerprint = indexFingerprint();
  if (!fingerprint) return;
  const file = join(tmpdir(), `relais-licence-index-${fingerprint}.bin`);
  if (!existsSync(file)) {
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, serialiseIndex(buildIndex(), fingerprint));
    renameSync(partial, file);
  }
  process.env.RELAIS_LICENCE_INDEX = file;
}
