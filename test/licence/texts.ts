/** Official licence texts for tests: English from spdx-license-list, French from data/licences/texts. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { DATA_DIR } from "../../src/licence/references.js";

const require = createRequire(import.meta.url);

export function spdxText(id: string): string {
  return (require(`spdx-license-list/licenses/${id}.json`) as { licenseText: string }).licenseText;
}

export function frenchText(file: "CECILL-2.1.fr.txt" | "CECILL-B.fr.txt" | "CECILL-C.fr.txt" | "EUPL-1.2.fr.txt"): string {
  return readFileSync(join(DATA_DIR, "texts", file), "utf8");
}

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
}

/** One paragraph per line, as editors that reflow text leave it. */
export function reflow(text: string): string {
  return text.replace(/\r\n?/g, "\n").split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, " ").trim()).join("\n\n");
}
