/** Lists configuration-like keys with their line numbers, for messages about a YAML file's content. */
import type { MessageParam } from "../../engine/types.js";
import type { Format } from "./types.js";

/** "`description.fr.longDescription` (ligne 12)": `lines` runs parallel to `keys`; an empty line is left out. */
export function keysWithLines(keys: MessageParam | undefined, lines: MessageParam | undefined, f: Format, lineWord: string): string {
  const list = Array.isArray(keys) ? keys : [];
  const at = Array.isArray(lines) ? lines : [];
  return list.map((key, i) => (at[i] ? `${f.code(key)} (${lineWord} ${at[i]})` : f.code(key))).join(", ");
}
