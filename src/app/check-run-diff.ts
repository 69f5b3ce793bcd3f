/**
 * What a pull request changes in the handover: its head's report against its base's, rule by rule.
 * Pure: two reports and their file lists in, changes out. A rule counts as changed only when it is
 * audited on both sides (not off, not skipped) and flips between "met" (pass, or warn: present with advice) and "needs work", so a
 * configuration change that turns a rule on shows as still missing, not as a regression.
 */
import type { Finding, Level, Report, RuleId } from "../engine/types.js";
import { needsWork } from "../render/group.js";

export interface ReportChange {
  /** fixed: needed work on the base, present on the head; broken: the reverse. */
  kind: "fixed" | "broken";
  rule: RuleId;
  level: Exclude<Level, "off">;
  /** The file that makes the difference: the head's evidence for a fix, the base's for a regression. */
  path?: string;
  /**
   * How that file changed: added (a fix from a new file), removed (a regression from a deleted file),
   * modified otherwise; undefined when a side's file list is unknown.
   */
  file?: "added" | "removed" | "modified";
}

export interface DiffInput {
  head: Report;
  base: Report;
  headFiles: ReadonlySet<string>;
  /** Undefined when the base's file list was not kept (a huge tree). */
  baseFiles?: ReadonlySet<string>;
}

const LEVEL_ORDER = { required: 0, recommended: 1 } as const;

export function diffReports({ head, base, headFiles, baseFiles }: DiffInput): ReportChange[] {
  const before = new Map(base.findings.map((finding) => [finding.rule, finding]));
  const changes: ReportChange[] = [];
  for (const after of head.findings) {
    const previous = before.get(after.rule);
    if (!previous || !audited(after) || !audited(previous)) continue;
    const level = after.level as Exclude<Level, "off">;
    if (needsWork(previous) && !needsWork(after)) {
      const path = after.evidence[0]?.path;
      changes.push({ kind: "fixed", rule: after.rule, level, path, file: path === undefined || !baseFiles ? undefined : baseFiles.has(path) ? "modified" : "added" });
    } else if (!needsWork(previous) && needsWork(after)) {
      const path = previous.evidence[0]?.path;
      changes.push({ kind: "broken", rule: after.rule, level, path, file: path === undefined ? undefined : headFiles.has(path) ? "modified" : "removed" });
    }
  }
  // Regressions first (they are what a reviewer must not miss), then required before recommended.
  return changes.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "broken" ? -1 : 1) || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

function audited(finding: Finding): boolean {
  return finding.level !== "off" && finding.status !== "skip";
}
