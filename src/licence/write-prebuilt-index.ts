/**
 * Writes the reference index beside the compiled modules; run by `npm run build` after tsc:
 *
 *   node dist/licence/write-prebuilt-index.js
 */
import { writeFileSync } from "node:fs";
import { indexFingerprint, PREBUILT_INDEX_FILE, serialiseIndex } from "./prebuilt-index.js";
import { buildIndex } from "./references.js";

const fingerprint = indexFingerprint();
if (!fingerprint) throw new Error("cannot fingerprint the licence references: run this from the compiled modules (dist/)");
const index = buildIndex();
const bytes = serialiseIndex(index, fingerprint);
writeFileSync(PREBUILT_INDEX_FILE, bytes);
console.log(`licence reference index: ${index.references.length} texts, ${index.postings.size} shingles, ${(bytes.length / 1024).toFixed(0)} kB -> ${PREBUILT_INDEX_FILE}`);
