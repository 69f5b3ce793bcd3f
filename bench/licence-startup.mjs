#!/usr/bin/env node
/**
 * Start-up cost of the licence reference index and warm identification times, in fresh processes,
 * for one or more builds side by side (interleaved, so that machine load weighs on each alike):
 *
 *   npm run build && node bench/licence-startup.mjs [--runs 5] [DIST ...]
 *
 * DIST defaults to ./dist; pass an older build's dist/ (a scratch copy of an earlier commit, built
 * with `npm run build`) to compare. Prints, per build, the median and range of: module import, index
 * load (fingerprint, read, parse), warm identification of MIT, Apache-2.0, EUPL-1.2 and GPL-3.0.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ options: { runs: { type: "string", default: "5" }, child: { type: "string" } }, allowPositionals: true });

if (values.child) {
  // One measurement in this (fresh) process.
  const dist = values.child;
  const require = createRequire(import.meta.url);
  const started = performance.now();
  const { referenceIndex } = await import(`${dist}/licence/references.js`);
  const { identifyText } = await import(`${dist}/licence/match.js`);
  const imported = performance.now();
  const index = referenceIndex();
  const loaded = performance.now();
  const text = (id) => require(`spdx-license-list/licenses/${id}.json`).licenseText;
  const time = (fn) => {
    for (let i = 0; i < 10; i++) fn();
    const begin = performance.now();
    for (let i = 0; i < 50; i++) fn();
    return (performance.now() - begin) / 50;
  };
  const warm = Object.fromEntries(["MIT", "Apache-2.0", "EUPL-1.2", "GPL-3.0-only"].map((id) => [id, time(() => identifyText(text(id)))]));
  console.log(JSON.stringify({ references: index.references.length, source: index.source, importMs: imported - started, loadMs: loaded - imported, ...warm }));
  process.exit(0);
}

const dists = (positionals.length ? positionals : ["dist"]).map((dir) => resolve(dir));
const runs = Number(values.runs);
const results = new Map(dists.map((dist) => [dist, []]));
for (let run = 0; run < runs; run++) {
  for (const dist of dists) {
    const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, "--child", dist], { encoding: "utf8" });
    results.get(dist).push(JSON.parse(out));
  }
}
const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[Math.floor(sorted.length / 2)].toFixed(2)} (${sorted[0].toFixed(2)}–${sorted.at(-1).toFixed(2)})`;
};
for (const [dist, rows] of results) {
  console.log(`${dist}: ${rows[0].references} references, index ${rows[0].source}`);
  for (const key of ["importMs", "loadMs", "MIT", "Apache-2.0", "EUPL-1.2", "GPL-3.0-only"]) console.log(`  ${key.padEnd(14)} ${summary(rows.map((row) => row[key]))} ms`);
}
