#!/usr/bin/env node
// App/CLI parity on the corpus: each repository materialised by `node ../shared/corpus/evaluate.mjs`
// (under $TMPDIR/relais-corpus) is audited twice — through the local source, and through the same
// snapshot holding only the texts the GitHub source would fetch (selectCandidates, default caps).
// Prints the repositories where a rule's status or message differs, then the count of identical ones.
//
//   npm run build && node ../shared/corpus/evaluate.mjs && node bench/parity-corpus.mjs [DIR]
import { readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
const root = new URL("..", import.meta.url).pathname;
const { localSnapshot } = await import(pathToFileURL(root + "/dist/sources/local.js").href);
const { audit } = await import(pathToFileURL(root + "/dist/engine/audit.js").href);
const { selectCandidates } = await import(pathToFileURL(root + "/dist/sources/github-candidates.js").href);
const dir = process.argv[2] ?? join(tmpdir(), "relais-corpus");
let same = 0, total = 0;
for (const name of readdirSync(dir)) {
  const local = localSnapshot(`${dir}/${name}`);
  const files = local.files.map((path, i) => ({ path, oid: String(i), size: statSync(`${dir}/${name}/${path}`).size }));
  const chosen = new Set(selectCandidates(files).fetch.map((f) => f.path));
  const gh = { ...local, content: (p) => (chosen.has(p) ? local.content(p) : local.files.includes(p) ? { state: "not-fetched", size: 1 } : { state: "missing" }) };
  const a = audit(local), b = audit(gh);
  const diff = a.findings.filter((f, i) => f.status !== b.findings[i].status || f.message.key !== b.findings[i].message.key).map((f, i) => `${f.rule}: ${f.status} vs ${b.findings.find((g) => g.rule === f.rule).status}`);
  total++; if (!diff.length) same++; else console.log(name, diff.join("; "));
}
console.log(`identical verdicts (status and message of every rule): ${same}/${total}`);
