#!/usr/bin/env node
// Local audit speed: Relais's CLI against repolinter on the same directories (a synthetic
// 100,000-file tree and the dev corpus), plus the engine alone on the big tree.
//
//   npm run build && node bench/local.mjs [--runs 3] [--corpus ../shared/corpus]
//
// Prints the start-up cost (Node alone, then `relais --help`), a Markdown table: wall time per
// repository (median of --runs), the ratio, and peak memory (max RSS from /usr/bin/time), and the
// engine's own time on the big tree. repolinter 0.12 is installed on first use under bench/.cache/.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const project = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cache = join(project, "bench", ".cache");
const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, corpus: { type: "string", default: join(project, "..", "shared", "corpus") }, "relais-only": { type: "boolean", default: false } } });
const runs = Number(values.runs);

function ensureRepolinter() {
  const bin = join(cache, "repolinter", "node_modules", ".bin", "repolinter");
  if (!existsSync(bin)) {
    mkdirSync(join(cache, "repolinter"), { recursive: true });
    execFileSync("npm", ["install", "--prefix", join(cache, "repolinter"), "--no-audit", "--no-fund", "--silent", "repolinter@0.12.0"], { stdio: "inherit" });
  }
  return bin;
}

/** 100,000 files shaped like a large défi monorepo: sources, assets, a vendored tree, docs. */
function syntheticTree(count = 100_000) {
  const root = join(cache, `synthetic-${count}`);
  if (existsSync(join(root, ".complete"))) return root;
  const write = (path, text = "") => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write("README.md", "# Outil\n\nOutil de suivi des demandes pour les agents d'une administration, développé pendant un défi EIG.\n\n## Installation\n\n```sh\nnpm ci\nnpm start\n```\n");
  write("LICENSE", readFileSync(join(project, "LICENSE"), "utf8"));
  for (let i = 0; i < 50; i++) write(`docs/page-${i}.md`, `# Page ${i}\n\nDocumentation.\n`);
  const groups = [["src/module", ".ts", 0.6], ["vendor/lib", ".php", 0.2], ["public/assets/img", ".png", 0.2]];
  let made = 51;
  for (const [prefix, extension, share] of groups) {
    const n = Math.floor((count - 51) * share);
    for (let i = 0; i < n; i++, made++) write(`${prefix}-${i % 400}/file-${i}${extension}`);
  }
  while (made < count) write(`misc/file-${made++}.txt`);
  write(".complete");
  return root;
}

function materialise(corpusDir, name) {
  const target = join(cache, "corpus", name);
  if (existsSync(target)) return target;
  for (const path of readFileSync(join(corpusDir, name, "files.txt"), "utf8").split("\n").filter(Boolean)) {
    mkdirSync(dirname(join(target, path)), { recursive: true });
    const copied = join(corpusDir, name, "docs-snapshot", path);
    if (existsSync(copied) && statSync(copied).isFile()) copyFileSync(copied, join(target, path));
    else writeFileSync(join(target, path), "");
  }
  return target;
}

/** Wall seconds and max RSS (MB) of one command, measured by GNU time. */
function measure(command, args) {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M", command, ...args], { encoding: "utf8", maxBuffer: 256 << 20 });
  const [seconds, kilobytes] = result.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { seconds, megabytes: kilobytes / 1024 };
}

function median(samples, key) {
  const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function bench(label, dir, repolinter) {
  const relais = Array.from({ length: runs }, () => measure(process.execPath, [join(project, "dist", "cli.js"), "audit", dir, "--format", "json"]));
  // --relais-only: where repolinter cannot be installed, Relais's own times (the ratio columns say n/a).
  const peer = repolinter ? Array.from({ length: runs }, () => measure(repolinter, ["lint", dir, "--format", "json"])) : [{ seconds: NaN, megabytes: NaN }];
  const r = median(relais, "seconds");
  const p = median(peer, "seconds");
  return { label, files: countFiles(dir), relais: r, repolinter: p, ratio: p / r, relaisMb: median(relais, "megabytes"), repolinterMb: median(peer, "megabytes") };
}

function countFiles(dir) {
  let n = 0;
  const pending = [dir];
  while (pending.length) {
    for (const entry of readdirSync(pending.pop(), { withFileTypes: true })) {
      if (entry.isDirectory()) pending.push(join(entry.parentPath ?? entry.path, entry.name));
      else n++;
    }
  }
  return n;
}

/** The engine and local source alone, in this process, warm: what the CLI costs minus Node's start-up. */
async function engineOnly(dir) {
  const { localSnapshot } = await import(pathToFileURL(join(project, "dist", "sources", "local.js")).href);
  const { audit } = await import(pathToFileURL(join(project, "dist", "engine", "audit.js")).href);
  audit(localSnapshot(dir));
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    audit(localSnapshot(dir));
    samples.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

if (!existsSync(join(project, "dist", "cli.js"))) throw new Error("dist/cli.js is missing: run `npm run build` first.");
const repolinter = values["relais-only"] ? undefined : ensureRepolinter();
const big = syntheticTree();
const rows = [bench("synthetic, 100,000 files", big, repolinter)];
if (existsSync(values.corpus)) {
  for (const name of readdirSync(values.corpus).filter((n) => existsSync(join(values.corpus, n, "files.txt"))).sort()) {
    rows.push(bench(name, materialise(values.corpus, name), repolinter));
  }
}
const fmt = (n, digits = 2) => n.toFixed(digits);
// What every run pays before auditing anything: Node itself, then Relais's modules (`--help` loads them).
const startup = (args) => median(Array.from({ length: runs }, () => measure(process.execPath, args)), "seconds");
const nodeAlone = startup(["-e", "0"]);
const help = startup([join(project, "dist", "cli.js"), "--help"]);
console.log(`Runs per measure: ${runs} (median). Node ${process.version}.`);
console.log(`Start-up: Node alone (node -e 0) ${fmt(nodeAlone)} s; relais --help ${fmt(help)} s.`);
console.log(`Engine + local source alone on the 100,000-file tree, warm, in process: ${fmt(await engineOnly(big), 3)} s\n`);
console.log("| directory | files | Relais (s) | repolinter (s) | repolinter / Relais | Relais peak (MB) | repolinter peak (MB) |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const row of rows) console.log(`| ${row.label} | ${row.files} | ${fmt(row.relais)} | ${fmt(row.repolinter)} | ${fmt(row.ratio, 1)}× | ${fmt(row.relaisMb, 0)} | ${fmt(row.repolinterMb, 0)} |`);
const corpusRows = rows.slice(1);
if (corpusRows.length) {
  const total = (key) => corpusRows.reduce((sum, row) => sum + row[key], 0);
  console.log(`| corpus total (${corpusRows.length} repositories) | ${total("files")} | ${fmt(total("relais"))} | ${fmt(total("repolinter"))} | ${fmt(total("repolinter") / total("relais"), 1)}× | | |`);
}
