/** Configuration from a file on disk (the CLI): the repository's `.github/relais.yml` or an explicit `--config`. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "./defaults.js";
import { MAX_CONFIG_BYTES, parseConfigText, tooLarge, type ParsedConfig } from "./parse.js";

export const CONFIG_PATHS = [".github/relais.yml", ".github/relais.yaml"];

/** Reads `explicit`, else the repository's own file; no file at all means the defaults. */
export function loadConfigFile(directory: string, explicit?: string): ParsedConfig & { file?: string } {
  const file = explicit ?? CONFIG_PATHS.map((path) => join(directory, path)).find((path) => existsSync(path));
  if (!file) return { config: DEFAULT_CONFIG, problems: [] };
  if (!existsSync(file) || !statSync(file).isFile()) {
    return { config: DEFAULT_CONFIG, problems: [{ file, key: "", message: "no such configuration file", code: "no-such-file" }], file };
  }
  // Checked before reading, so a huge file is never loaded.
  const size = statSync(file).size;
  if (size > MAX_CONFIG_BYTES) return { ...tooLarge(file, size), file };
  const bytes = readFileSync(file);
  if (bytes.includes(0)) return { config: DEFAULT_CONFIG, problems: [{ file, key: "", message: "is a binary file, not YAML", code: "binary" }], file };
  return { ...parseConfigText(bytes.toString("utf8"), file), file };
}
