/**
 * Which repositories the App must audit again after a restart: those the store has never seen, and
 * those whose last audit is older than the schedule interval (the daily pass they missed). Pure.
 */
export function dueForAudit(lastAudits: ReadonlyMap<string, string>, now: number, intervalMs: number): (fullName: string) => boolean {
  return (fullName) => {
    const last = lastAudits.get(fullName);
    if (!last) return true;
    const at = Date.parse(last);
    return !Number.isFinite(at) || now - at >= intervalMs;
  };
}
