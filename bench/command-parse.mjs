#!/usr/bin/env node
// Cost of reading a hostile comment: the command parser of src/app/commands.ts against the one it
// replaced (a multiline regular expression over the whole comment, kept below as "before"), on 64 KB
// comments of blanks and of newlines. Median of 5 runs (one for the slow "before" cases), in milliseconds.
//
//   npm run build && node bench/command-parse.mjs
import { parseCommand } from "../dist/app/commands.js";

/** The parser before the fix, verbatim: quoted lines dropped, fences removed, then one regex over everything. */
const BEFORE = /^\s*\/relais\s+(recheck|explain)\b[ \t]*([^\s]*)[ \t]*$/im;
function parseBefore(body) {
  const text = body.split("\n").filter((line) => !line.trimStart().startsWith(">")).join("\n").replace(/```[\s\S]*?```/g, "");
  return BEFORE.exec(text);
}

function median(fn, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const KB64 = 64 * 1024;
const cases = [
  ["`/relais explain` + 64 KB of tabs + two words", `/relais explain${"\t".repeat(KB64)}x y`],
  ["64 KB of newlines", "\n".repeat(KB64)],
  ["`/relais recheck` + 64 KB of spaces", `/relais recheck${" ".repeat(KB64)}`],
  ["a 20-character comment", "/relais recheck\nmerci"],
];
console.log("| comment | before (ms) | after (ms) |\n|---|---:|---:|");
for (const [name, body] of cases) {
  // The quadratic cases take seconds each: measured once.
  const before = median(() => parseBefore(body), body.length > 1_000 ? 1 : 5);
  const after = median(() => parseCommand(body));
  console.log(`| ${name} | ${before.toFixed(before < 1 ? 3 : 0)} | ${after.toFixed(3)} |`);
}
