/** Which repositories a restart queues: a table of the pure decision. */
import { describe, expect, test } from "vitest";
import { dueForAudit } from "../../src/app/catch-up.js";

const DAY = 86_400_000;
const now = Date.parse("2026-11-20T12:00:00Z");
const last = new Map([
  ["eig/fresh", "2026-11-20T08:00:00.000Z"],
  ["eig/just-due", "2026-11-19T12:00:00.000Z"],
  ["eig/old", "2026-10-01T00:00:00.000Z"],
  ["eig/garbled", "not a date"],
]);

describe("catch-up at start", () => {
  test.each([
    ["eig/fresh", false],
    ["eig/just-due", true],
    ["eig/old", true],
    ["eig/garbled", true],
    ["eig/never-audited", true],
  ])("%s due: %s", (repository, due) => {
    expect(dueForAudit(last, now, DAY)(repository)).toBe(due);
  });
});
