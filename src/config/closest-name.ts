/** "Did you mean…": the known name closest to a mistyped one (fastest-levenshtein), if it is close enough to be a typo. */
import { closest, distance } from "fastest-levenshtein";

export function closestName(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || input === "") return undefined;
  const best = closest(input.toLowerCase(), [...candidates]);
  // Two edits, or a third of a long name: "langage" → "language", "audti" → "audit", never "x" → "rules".
  const edits = distance(input.toLowerCase(), best);
  return edits <= Math.max(2, Math.floor(best.length / 3)) && edits < best.length - 1 ? best : undefined;
}
