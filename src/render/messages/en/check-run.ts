/** The check run on pull requests (src/app/check-run-output.ts), in English. */
import type { Message } from "../types.js";

const VERBS: Record<string, string> = { added: "adds", modified: "changes", removed: "removes" };

export const checkRun: Record<string, Message> = {
  "check.title": ({ pass, total }) => `${pass}/${total} required documents`,
  "check.changes": ({ base }, f) => `What this pull request changes against ${f.code(base)}`,
  "check.no-change": "No change to the handover documents.",
  "check.fixed": ({ file, path, title }, f) => `${where(file, path, f)}${f.text(title)}: now present`,
  "check.broken": ({ file, path, title }, f) => `${where(file, path, f)}${f.text(title)}: regression`,
  "check.missing": "Still missing",
  "check.more": ({ count }) => `… and ${count} more`,
  "check.footer": "Relais checks again on every push to this pull request. To run the check again: GitHub's “Re-run” button, or a `/relais recheck` comment on the pull request.",
  "check.unreadable-title": "Pull request content unreadable",
  "check.unreadable.private-fork": ({ repository }, f) =>
    `This pull request comes from a private fork (${f.code(repository)}): Relais, installed on the target repository, cannot read it, so no document was checked. They will be on the default branch once merged.`,
  "check.unreadable.fork-deleted": "The repository this pull request comes from was deleted: Relais cannot read its content.",
  "check.unreadable.not-found": ({ repository }, f) => `Relais could not read this pull request's head commit in ${f.code(repository)} (repository not found or not accessible).`,
  "check.unreadable.error": "Relais could not audit this pull request (GitHub did not answer): run the check again with the “Re-run” button or a `/relais recheck` comment.",
};

function where(file: unknown, path: unknown, f: Parameters<Exclude<Message, string>>[1]): string {
  if (typeof path !== "string" || path === "") return "";
  const verb = typeof file === "string" ? VERBS[file] : undefined;
  return verb ? `${verb} ${f.code(path)} — ` : `${f.code(path)} — `;
}
