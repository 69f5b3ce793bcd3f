#!/usr/bin/env node
/**
 * Licence identification: start-up cost, warm time per file, and the score distributions that justify
 * the acceptance threshold (ACCEPT_CONTAINMENT in src/licence/match.ts).
 *
 *   npm run build && node bench/licence.mjs [--corpus DIR] [--json]
 *
 * The distributions come from variants of every reference text, made here the way real copies drift:
 * reflowed, rewrapped, converted to Markdown or HTML, with a preamble and a copyright line, with
 * British spellings, read through a Latin-1 decoder, with 5 % and 10 % of the words changed, and cut
 * in half (a damaged copy that must not pass for the full text). For each variant it records the
 * containment of the right reference, of the best wrong one, and of the best other one when the right
 * reference is left out (a relative whose text Relais does not carry, such as a French CeCILL 2.0).
 */
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const started = performance.now();
const { referenceIndex, DATA_DIR } = await import("../dist/licence/references.js");
const { identifyText, scoreText, ACCEPT_CONTAINMENT } = await import("../dist/licence/match.js");
const { analyseLicences } = await import("../dist/licence/analyse.js");
const { PREBUILT_INDEX_FILE } = await import("../dist/licence/prebuilt-index.js");
const { FileIndex } = await import("../dist/engine/file-index.js");
const { memorySnapshot } = await import("../dist/engine/snapshot.js");
const { REFERENCES } = await import("../dist/licence/catalogue.js");
const importMs = performance.now() - started;

const loadStarted = performance.now();
const index = referenceIndex();
const loadMs = performance.now() - loadStarted;

const require = createRequire(import.meta.url);
function textOf(spec) {
  if (spec.dataFile) return readFileSync(join(DATA_DIR, "texts", spec.dataFile), "utf8");
  return require(`spdx-license-list/licenses/${spec.spdxText}.json`).licenseText;
}

// Deterministic pseudo-random numbers, so that every run measures the same variants.
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const paragraphs = (text) => text.replace(/\r\n?/g, "\n").split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, " ").trim()).filter(Boolean);
const wrap = (line, width) => line.replace(new RegExp(`(.{1,${width}})(\\s+|$)`, "g"), "$1\n").trim();
const FILLER = ["le", "projet", "données", "service", "agent", "public", "outil", "version", "usage", "code"];

const VARIANTS = {
  reflowed: (text) => paragraphs(text).join("\n\n"),
  rewrapped: (text) => paragraphs(text).map((p) => wrap(p, 60)).join("\n\n"),
  markdown: (text) => paragraphs(text).map((p, i) => (i === 0 ? `# ${p}` : p.length < 60 ? `## ${p}` : p.replace(/"([^"]+)"/g, "**$1**"))).join("\n\n"),
  html: (text) => `<html><body>${paragraphs(text).map((p, i) => (i === 0 ? `<h1>${p}</h1>` : `<p>${p.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/é/g, "&eacute;")}</p>`)).join("\n")}</body></html>`,
  preamble: (text) => `Ce dépôt contient le code de l'outil de suivi des demandes de la direction, développé dans le cadre du programme Entrepreneurs d'intérêt général. Le code est publié par l'administration sous la licence ci-dessous ; les contributions extérieures sont les bienvenues.\n\nCopyright (c) 2021-2024 Ministère de l'Intérieur, Direction du numérique\n\n${text}`,
  british: (text) => text.replace(/\blicense/g, "licence").replace(/\bLicense/g, "Licence").replace(/organization/g, "organisation").replace(/authorized/g, "authorised"),
  latin1: (text) => Buffer.from(text, "utf8").toString("latin1"),
  drift5: (text, seed) => drift(text, 0.05, seed),
  drift10: (text, seed) => drift(text, 0.1, seed),
};
const DAMAGED = { half: (text) => text.slice(0, Math.floor(text.length / 2)) };

function drift(text, rate, seed) {
  const next = random(seed);
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const roll = next();
    if (roll < rate / 2) return "";
    if (roll < rate) return FILLER[Math.floor(next() * FILLER.length)];
    return word;
  });
}

const quantile = (values, q) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))))];
};
const describe = (values) => ({ n: values.length, min: quantile(values, 0), p5: quantile(values, 0.05), median: quantile(values, 0.5), p95: quantile(values, 0.95), max: quantile(values, 1) });

// Reference groups reported apart: the homologated licences, the rest of the curated set, every other SPDX text.
const HOMOLOGATED_IDS = new Set(["MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "CECILL-B", "CECILL-C", "CECILL-2.1", "GPL-3.0", "LGPL-3.0", "AGPL-3.0", "MPL-2.0", "EPL-2.0", "EUPL-1.2", "etalab-2.0", "ODbL-1.0"]);
const { CURATED_COUNT } = await import("../dist/licence/catalogue.js");
const groupOf = (spec) => (HOMOLOGATED_IDS.has(spec.id) ? "homologated" : REFERENCES.indexOf(spec) < CURATED_COUNT ? "curated" : "other SPDX");
const groups = Object.fromEntries(["homologated", "curated", "other SPDX"].map((name) => [name, { references: 0, variants: 0, identified: 0, altered: 0, alteredIdentified: 0 }]));
for (const spec of REFERENCES) groups[groupOf(spec)].references++;
/**
 * Two references whose texts hold each other (98 % of word trigrams both ways): SPDX carries some
 * licences twice under ids that differ only by their notice (GFDL "invariants"), and no reader of
 * the text alone can tell them apart. Finding the twin counts as finding the licence.
 */
const TWIN = 0.98;
const twinCache = new Map();
function twins(spec, otherId) {
  const key = `${spec.id} ${otherId}`;
  if (!twinCache.has(key)) {
    const other = REFERENCES.find((item) => item.id === otherId);
    const containment = (text, id) => Math.max(0, ...scoreText(text).filter((s) => s.reference.id === id).map((s) => s.containment));
    twinCache.set(key, Boolean(other) && containment(textOf(spec), otherId) >= TWIN && containment(textOf(other), spec.id) >= TWIN);
  }
  return twinCache.get(key);
}
const twinPairs = new Set();

const rightByVariant = Object.fromEntries(Object.keys(VARIANTS).map((name) => [name, []]));
const damagedRight = [];
const addedByVariant = Object.fromEntries(Object.keys(VARIANTS).map((name) => [name, []]));
const relativesAbove = new Set();
let identified = 0;
let variants = 0;
const failures = [];
REFERENCES.forEach((spec, position) => {
  const text = textOf(spec);
  for (const [name, make] of Object.entries(VARIANTS)) {
    const variant = make(text, position + 1);
    const scores = scoreText(variant);
    rightByVariant[name].push(Math.max(0, ...scores.filter((s) => s.reference.id === spec.id).map((s) => s.containment)));
    // A relative above the threshold: what ranking (and version lines) must keep apart.
    for (const other of scores) if (other.reference.id !== spec.id && other.containment >= ACCEPT_CONTAINMENT && name === "reflowed") relativesAbove.add(`${spec.id} contains ${other.reference.id}`);
    const result = identifyText(variant);
    variants++;
    const group = groupOf(spec);
    groups[group].variants++;
    if (name !== "drift10") groups[group].altered++;
    const found = result.matches.length === 1 ? result.matches[0].id : undefined;
    if (found === spec.id || (found && twins(spec, found))) {
      identified++;
      groups[group].identified++;
      if (name !== "drift10") groups[group].alteredIdentified++;
      if (found !== spec.id) twinPairs.add([spec.id, found].sort().join(" = "));
      addedByVariant[name].push(result.matches[0].addedWords);
    } else failures.push(`${spec.id}/${spec.language} ${name}: ${result.matches.map((m) => `${m.id} ${m.score}`).join(" + ") || `none (closest ${result.candidates.map((c) => `${c.spdx} ${c.score}`).join(", ")})`}`);
  }
  for (const make of Object.values(DAMAGED)) {
    const scores = scoreText(make(text));
    damagedRight.push(Math.max(0, ...scores.filter((s) => s.reference.id === spec.id).map((s) => s.containment)));
  }
});

// The other side of the threshold: every SPDX licence Relais does not carry, and the highest share of
// a homologated reference text found in it. Above the threshold it would pass for that licence.
const full = require("spdx-license-list/full.js");
const carried = new Set(REFERENCES.map((spec) => spec.spdxText ?? spec.id));
const homologatedRefs = new Set(["MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "CECILL-B", "CECILL-C", "CECILL-2.1", "GPL-3.0", "LGPL-3.0", "AGPL-3.0", "MPL-2.0", "EPL-2.0", "EUPL-1.2", "etalab-2.0", "ODbL-1.0"]);
const uncarried = [];
for (const [id, entry] of Object.entries(full)) {
  // Deprecated ids and -only/-or-later/+ forms repeat a carried text.
  if (carried.has(id) || /-only$|-or-later$|\+$|^(A|L)?GPL-\d\.\d$|^MPL-2\.0-no-copyleft-exception$/.test(id)) continue;
  const best = scoreText(entry.licenseText).filter((s) => homologatedRefs.has(s.reference.id)).sort((a, b) => b.containment - a.containment)[0];
  if (best) uncarried.push({ id, reference: best.reference.id, containment: best.containment });
}
uncarried.sort((a, b) => b.containment - a.containment);

// Timing: warm identification of files of every size, and a whole analysis of a repository.
function time(fn, runs) {
  for (let i = 0; i < 20; i++) fn();
  const begin = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - begin) / runs;
}
const samples = ["MIT", "BSD-3-Clause", "Apache-2.0", "EUPL-1.2", "CECILL-2.1", "GPL-3.0"].map((id) => {
  const spec = REFERENCES.find((item) => item.id === id && (id !== "CECILL-2.1" || item.language === "fr"));
  const text = VARIANTS.rewrapped(textOf(spec));
  return { licence: `${id}${spec.language === "fr" ? " (fr)" : ""}`, kB: +(Buffer.byteLength(text) / 1024).toFixed(1), warmMs: +time(() => identifyText(text), 200).toFixed(3) };
});
// Real files, when a folder of them is given (--corpus DIR): the warm time of each, median and max.
const corpusAt = process.argv.indexOf("--corpus");
let corpus;
if (corpusAt > 0 && process.argv[corpusAt + 1]) {
  const { readdirSync } = await import("node:fs");
  const dir = process.argv[corpusAt + 1];
  const times = readdirSync(dir).filter((name) => name.endsWith(".txt")).map((name) => {
    const text = readFileSync(join(dir, name), "utf8");
    return time(() => identifyText(text), 100);
  });
  corpus = { files: times.length, medianMs: +quantile(times, 0.5).toFixed(3), maxMs: +quantile(times, 1).toFixed(3) };
}
const mit = textOf(REFERENCES.find((item) => item.id === "MIT"));
const snapshot = memorySnapshot({ LICENSE: mit, "package.json": '{"license":"MIT"}', "README.md": "# Outil\n\n## Licence\n\nMIT\n", "src/index.js": "// SPDX-License-Identifier: MIT\n" });
const analysisMs = time(() => analyseLicences(snapshot, new FileIndex(snapshot.files)), 500);

const round = (stats) => Object.fromEntries(Object.entries(stats).map(([key, value]) => [key, typeof value === "number" && key !== "n" ? +value.toFixed(3) : value]));
const report = {
  threshold: ACCEPT_CONTAINMENT,
  references: index.references.length,
  startup: { importMs: +importMs.toFixed(1), loadReferencesMs: +loadMs.toFixed(1) },
  variants,
  identifiedVariants: identified,
  byGroup: groups,
  twins: [...twinPairs].sort(),
  indexFileKB: +(statSync(PREBUILT_INDEX_FILE).size / 1024).toFixed(0),
  rightContainmentByVariant: Object.fromEntries(Object.entries(rightByVariant).map(([name, values]) => [name, round(describe(values))])),
  rightContainmentCutInHalf: round(describe(damagedRight)),
  uncarriedSpdxTexts: uncarried.length,
  uncarriedHighest: uncarried.slice(0, 5).map((item) => ({ ...item, containment: +item.containment.toFixed(3) })),
  relativesAboveThreshold: relativesAbove.size,
  addedWordsByVariant: Object.fromEntries(Object.entries(addedByVariant).map(([name, values]) => [name, round(describe(values))])),
  failures,
  warm: samples,
  analyseRepositoryWarmMs: +analysisMs.toFixed(3),
  ...(corpus ? { corpus } : {}),
};

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const row = (stats) => [stats.min, stats.p5, stats.median, stats.max].join(" / ");
  console.log(`References: ${report.references} texts, loaded in ${report.startup.loadReferencesMs} ms (modules imported in ${report.startup.importMs} ms).`);
  console.log(`Acceptance threshold (containment of the reference in the file): ${ACCEPT_CONTAINMENT}`);
  console.log(`Variants identified: ${identified}/${variants} (a twin text counts: ${twinPairs.size} pairs).`);
  console.log(`Prebuilt index file: ${report.indexFileKB} kB.`);
  console.log("By group: references, altered copies identified (every variant but drift10), all variants identified:");
  for (const [name, group] of Object.entries(groups)) {
    const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : "-");
    console.log(`  ${name.padEnd(12)} ${String(group.references).padStart(4)}  ${group.alteredIdentified}/${group.altered} (${pct(group.alteredIdentified, group.altered)} %)  ${group.identified}/${group.variants} (${pct(group.identified, group.variants)} %)`);
  }
  console.log("Right reference's containment by variant (min / p5 / median / max):");
  for (const [name, stats] of Object.entries(report.rightContainmentByVariant)) console.log(`  ${name.padEnd(10)} ${row(stats)}`);
  console.log(`  cut in half ${row(report.rightContainmentCutInHalf)}  (must stay below)`);
  console.log(`Other SPDX texts (${uncarried.length}, not carried): highest containment of a homologated reference:`);
  for (const item of report.uncarriedHighest) console.log(`  ${item.id.padEnd(24)} ${item.reference.padEnd(14)} ${item.containment}`);
  console.log(`Carried relatives containing another carried text above the threshold (kept apart by ranking): ${relativesAbove.size} pairs.`);
  console.log("Words added inside a matched text (min / p5 / median / max), identified variants:");
  for (const [name, stats] of Object.entries(report.addedWordsByVariant)) console.log(`  ${name.padEnd(10)} ${row(stats)}`);
  if (failures.length) {
    console.log(`Variants not identified (${failures.length}):`);
    for (const line of failures) console.log(`  ${line}`);
  }
  console.log("Warm identification of one file:");
  for (const sample of samples) console.log(`  ${sample.licence.padEnd(16)} ${String(sample.kB).padStart(5)} kB  ${sample.warmMs} ms`);
  console.log(`Whole analysis of a small repository (licence file, manifest, README, one source file), warm: ${report.analyseRepositoryWarmMs} ms`);
  if (corpus) console.log(`Corpus files (${corpus.files}), warm: median ${corpus.medianMs} ms, max ${corpus.maxMs} ms`);
}
