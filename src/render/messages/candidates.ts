/** Closest licence candidates with their scores, "`MIT` (82 %), `X11` (80 %)": the same in every language. */
import type { Format, Params } from "./types.js";

export function closestCandidates({ candidates, scores }: Params, f: Format): string {
  return (candidates as readonly string[]).map((id, i) => `${f.code(id)} (${(scores as readonly string[])[i] ?? ""})`).join(", ");
}
