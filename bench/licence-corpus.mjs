#!/usr/bin/env node
/**
 * Licence identification on a labelled corpus, side by side with licensee (what GitHub runs) when it is
 * installed (Debian: apt-get install ruby-licensee).
 *
 *   npm run build && node bench/licence-corpus.mjs DIR [LABELS.json] [--no-licensee] [--json]
 *
 * LABELS.json (default DIR/labels.json): [{ file, path, spdx, homologated }] where `path` is where the
 * file stood in its repository (its name matters) and `spdx` is "NONE" for no licence. Each file is
 * audited alone, at its labelled path. GNU -only and -or-later count as the same licence: a bare
 * licence text cannot tell them apart.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { analyseLicences } from "../dist/licence/analyse.js";
import { FileIndex } from "../dist/engine/file-index.js";
import { memorySnapshot } from "../dist/engine/snapshot.js";

const args = process.argv.slice(2);
const positional = args.filter((arg) => !arg.startsWith("--"));
if (positional.length === 0) {
  console.error("usage: node bench/licence-corpus.mjs DIR [LABELS.json] [--no-licensee] [--json]");
  process.exit(2);
}
const dir = positional[0];
const labels = JSON.parse(readFileSync(positional[1] ?? join(dir, "labels.json"), "utf8"));
const withLicensee = !args.includes("--no-licensee") && hasLicensee();

/** Ids compared without GNU suffixes, operands sorted: "MIT AND etalab-2.0" = "etalab-2.0 AND MIT". */
function canonical(expression) {
  if (!expression || expression === "NONE" || expression === "NOASSERTION") return "NONE";
  return expression
    .replace(/-(only|or-later)\b|\+/g, "")
    .split(/\s+(AND|OR)\s+/)
    .filter((part) => part !== "AND" && part !== "OR")
    .map((part) => part.replace(/[()]/g, "").trim())
    .sort()
    .join(expression.includes(" OR ") ? " OR " : " AND ");
}

function hasLicensee() {
  try {
    execFileSync("licensee", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function licensee(path, text) {
  const root = mkdtempSync(join(tmpdir(), "licensee-"));
  try {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    const run = (target) => JSON.parse(execFileSync("licensee", ["detect", "--json", target], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
    let result = run(root);
    // A file outside the root (LICENSES/x.txt) is not looked at in directory mode: ask about the file itself.
    if (result.licenses.length === 0 && path.includes("/")) result = run(file);
    const ids = result.licenses.map((licence) => licence.spdx_id).filter((id) => id && id !== "NOASSERTION");
    return ids.length ? ids.join(" AND ") : "NONE";
  } catch {
    return "NONE";
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const rows = [];
for (const label of labels) {
  const text = readFileSync(join(dir, label.file), "utf8");
  const snapshot = memorySnapshot({ [label.path]: text });
  const analysis = analyseLicences(snapshot, new FileIndex(snapshot.files));
  const verdict = analysis.verdict.status;
  const homologated = verdict === "homologated";
  const row = {
    file: label.file,
    path: label.path,
    label: label.spdx,
    relais: analysis.expression ?? (verdict === "not-homologated" ? "NONE" : "unknown"),
    confidence: analysis.files[0]?.confidence ?? "",
    identified: canonical(analysis.expression) === canonical(label.spdx),
    verdictRight: homologated === label.homologated,
    wronglyHomologated: homologated && !label.homologated,
  };
  if (withLicensee) {
    row.licensee = licensee(label.path, text);
    row.licenseeIdentified = canonical(row.licensee) === canonical(label.spdx);
    // Its text matching alone, the file renamed LICENSE: licensee skips names it does not know (LICENCE.fr.txt, LICENSES/x.txt).
    row.licenseeText = label.path === "LICENSE" ? row.licensee : licensee("LICENSE", text);
    row.licenseeTextIdentified = canonical(row.licenseeText) === canonical(label.spdx);
  }
  rows.push(row);
}

const count = (key) => rows.filter((row) => row[key]).length;
const percent = (n) => `${((100 * n) / rows.length).toFixed(1)} %`;
const summary = {
  files: rows.length,
  identified: count("identified"),
  verdictsRight: count("verdictRight"),
  wronglyHomologated: count("wronglyHomologated"),
  ...(withLicensee ? { licenseeIdentified: count("licenseeIdentified"), licenseeTextIdentified: count("licenseeTextIdentified") } : {}),
};

if (args.includes("--json")) {
  console.log(JSON.stringify({ summary, rows }, null, 2));
} else {
  const header = ["file", "path", "label", "Relais", "ok", ...(withLicensee ? ["licensee", "ok", "licensee, file renamed LICENSE", "ok"] : [])];
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  for (const row of rows) {
    const cells = [row.file, row.path, row.label, `${row.relais} (${row.confidence || "-"})`, row.identified ? "yes" : "**no**"];
    if (withLicensee) cells.push(row.licensee, row.licenseeIdentified ? "yes" : "no", row.licenseeText, row.licenseeTextIdentified ? "yes" : "no");
    console.log(`| ${cells.join(" | ")} |`);
  }
  console.log();
  console.log(`Relais: ${summary.identified}/${rows.length} identified (${percent(summary.identified)}), ${summary.verdictsRight}/${rows.length} homologation verdicts right, ${summary.wronglyHomologated} wrongly called homologated.`);
  if (withLicensee) {
    console.log(`licensee: ${summary.licenseeIdentified}/${rows.length} identified (${percent(summary.licenseeIdentified)}); with every file renamed LICENSE: ${summary.licenseeTextIdentified}/${rows.length} (${percent(summary.licenseeTextIdentified)}).`);
  }
}
