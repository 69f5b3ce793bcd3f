#!/usr/bin/env node
// Issue body size on the dev corpus: the Markdown section Relais writes into each repository's
// issue (commands and the configuration hint included, as the App posts it).
//
//   npm run build && node /work/shared/corpus/evaluate.mjs   # materialises the corpus once
//   node bench/issue-size.mjs [--checkouts /tmp/relais-corpus] [--project .]
//
// --project points at a built Relais checkout (its dist/), so that an older commit can be measured
// the same way (git worktree add /tmp/relais-before COMMIT && (cd /tmp/relais-before && npm ci)).
// Prints one line per repository (bytes, lines, unchecked boxes, embedded skeletons) and the median
// and largest of each.
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { checkouts: { type: "string", default: join(tmpdir(), "relais-corpus") }, project: { type: "string", default: "." } } });
const dist = (path) => import(pathToFileURL(join(resolve(values.project), "dist", path)).href);
const [{ localSnapshot }, { audit }, { renderMarkdown }, facts] = await Promise.all([
  dist("sources/local.js"),
  dist("engine/audit.js"),
  dist("render/markdown.js"),
  dist("render/project-facts.js").catch(() => undefined),
]);

const rows = [];
for (const name of readdirSync(values.checkouts).sort()) {
  const dir = join(values.checkouts, name);
  if (!statSync(dir).isDirectory()) continue;
  const snapshot = localSnapshot(dir);
  const report = audit(snapshot, { now: new Date(0) });
  const project = facts?.projectFacts(snapshot, report);
  const body = renderMarkdown(report, { language: "fr", commands: true, project });
  rows.push({
    name,
    bytes: Buffer.byteLength(body),
    lines: body.split("\n").length,
    unchecked: (body.match(/^- \[ \]/gm) ?? []).length,
    skeletons: (body.match(/^ *`{3,}(markdown|yaml)$/gm) ?? []).length,
  });
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log("| repository | bytes | lines | unchecked boxes | embedded skeletons |\n|---|---:|---:|---:|---:|");
for (const row of rows) console.log(`| ${row.name} | ${row.bytes} | ${row.lines} | ${row.unchecked} | ${row.skeletons} |`);
for (const key of ["bytes", "lines", "unchecked", "skeletons"]) {
  const list = rows.map((row) => row[key]);
  console.log(`${key}: median ${median(list)}, largest ${Math.max(...list)} (${rows.length} repositories)`);
}
