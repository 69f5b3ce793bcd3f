/**
 * Where the reference texts come from. English texts: the npm package spdx-license-list (one small
 * JSON file per licence, so only the catalogue's texts are read, never the 5 MB bundle). French
 * texts and the LGPL alone: data/licences/texts/.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ReferenceSpec } from "./catalogue.js";

export const DATA_DIR = fileURLToPath(new URL("../../data/licences/", import.meta.url));

const require = createRequire(import.meta.url);
let spdxDir: string | undefined;

/** The spdx-license-list package's folder. */
export function spdxPackageDir(): string {
  return (spdxDir ??= dirname(require.resolve("spdx-license-list/package.json")));
}

export function referenceText(spec: ReferenceSpec): string {
  if (spec.dataFile) return readFileSync(join(DATA_DIR, "texts", spec.dataFile), "utf8");
  const entry = JSON.parse(readFileSync(join(spdxPackageDir(), "licenses", `${spec.spdxText}.json`), "utf8")) as { licenseText: string };
  return entry.licenseText;
}
