/** Files of a git checkout that git does not track (and does not ignore): the local audit never sees them, so the CLI says so. */
import { execFileSync } from "node:child_process";

/** Untracked paths under `directory`, or an empty list when it is not a git checkout or git is missing. */
export function untrackedFiles(directory: string): string[] {
  try {
    const out = execFileSync("git", ["-C", directory, "ls-files", "--others", "--exclude-standard", "-z", "--", "."], { stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024, encoding: "utf8" });
    return out.split("\0").filter(Boolean);
  } catch {
    return [];
  }
}
