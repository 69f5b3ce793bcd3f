/** What `relais audit TARGET` names: a local directory, or a GitHub repository as OWNER/REPO. */
import { existsSync } from "node:fs";

export type AuditTarget = { kind: "directory"; directory: string } | { kind: "github"; owner: string; repo: string };

/** GitHub's own rules: an account is letters, digits and inner hyphens; a repository also allows `.` and `_`. */
const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;

/** An existing path always wins, so `relais audit docs/site` still audits a folder of that name. */
export function auditTarget(target: string, exists: (path: string) => boolean = existsSync): AuditTarget {
  const match = REPOSITORY.exec(target);
  if (!match || exists(target) || match[2] === "." || match[2] === "..") return { kind: "directory", directory: target };
  return { kind: "github", owner: match[1]!, repo: match[2]!.replace(/\.git$/, "") };
}
