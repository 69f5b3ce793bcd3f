/** INTERIM: licence analysis until full identification lands (see src/licence/). Finds root licence files only. */
import type { FileIndex } from "../engine/file-index.js";
import type { RepoSnapshot } from "../engine/snapshot.js";
import type { LicenceAnalysis } from "./types.js";

const LICENCE_FILE = /^(licen[cs]e|copying|unlicense)([-._].*)?$/i;

export function analyseLicences(_snapshot: RepoSnapshot, files: FileIndex): LicenceAnalysis {
  const found = files.root.filter((path) => LICENCE_FILE.test(path));
  return { files: found.map((path) => ({ path, spdx: null, confidence: null })), expression: null, declarations: [], verdict: found.length ? { status: "unknown", candidates: [] } : { status: "none" }, orLater: false };
}
