import { describe, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/defaults.js";
import { composeBody, contentHash, endMarkerMissing, markerHash, wasFailing } from "../../src/app/issue-body.js";
import { decideIssue, pickIssue, sortIssues, type IssueDecisionInput } from "../../src/app/reconcile-issue.js";
import type { ExistingIssue } from "../../src/sources/github.js";

const content = "### Audit\n- [ ] licence";
const hash = contentHash(content);
const base: IssueDecisionInput = {
  issuesEnabled: true,
  settings: DEFAULT_CONFIG.issue,
  wanted: true,
  labelExists: true,
  content,
  hash,
  title: "Relais",
  closedComment: "closed",
  reopenedComment: "reopened",
  reopenedStillMissingComment: "still missing",
  duplicateComment: "duplicate of #7",
  endMarkerComment: "end marker missing",
};
/** A body whose end marker a maintainer deleted, with their text below. */
const noEnd = (text: string) => `${text.replace("<!-- relais:end -->", "")}\nNotes de l'équipe\n`;
const issue = (overrides: Partial<ExistingIssue> = {}): ExistingIssue => ({ number: 7, state: "open", stateReason: null, title: "Relais", body: composeBody("", content, hash), author: "relais", ...overrides });

describe("decideIssue", () => {
  test.each([
    ["issues disabled", { issuesEnabled: false }, "issues-disabled", []],
    ["issue turned off", { settings: { ...DEFAULT_CONFIG.issue, enabled: false } }, "issue-off", []],
    ["passing, no issue", { wanted: false }, "passing", []],
    ["failing, no issue, no label", { labelExists: false }, "create", ["create-label", "create-issue"]],
    ["failing, no issue", {}, "create", ["create-issue"]],
    ["failing, open, same content", { existing: issue() }, "unchanged", []],
    ["failing, open, new content", { existing: issue({ body: composeBody("", "old", "0000") }) }, "update", ["update-issue"]],
    ["passing, open", { wanted: false, existing: issue() }, "close", ["update-issue", "comment"]],
    ["passing, closed", { wanted: false, existing: issue({ state: "closed", stateReason: "completed" }) }, "closed-passing", []],
    ["failing, closed as completed", { existing: issue({ state: "closed", stateReason: "completed" }) }, "reopen", ["update-issue", "comment"]],
    ["failing, closed as not planned", { existing: issue({ state: "closed", stateReason: "not_planned" }) }, "closed-not-planned", []],
    ["failing, closed as duplicate", { existing: issue({ state: "closed", stateReason: "duplicate" }) }, "closed-not-planned", []],
    ["failing, open, end marker deleted, new content", { existing: issue({ body: noEnd(composeBody("", "old", "0000")) }) }, "end-marker-missing", ["comment"]],
    ["failing, open, end marker deleted, same content", { existing: issue({ body: noEnd(issue().body) }) }, "unchanged", []],
    ["passing, open, end marker deleted", { wanted: false, existing: issue({ body: noEnd(composeBody("", "old", "0000")) }) }, "close", ["update-issue", "comment", "comment"]],
    ["failing, open, with an open duplicate", { existing: issue(), duplicates: [issue({ number: 9 })] }, "unchanged", ["update-issue", "comment"]],
    ["failing, open, with a closed duplicate", { existing: issue(), duplicates: [issue({ number: 9, state: "closed", stateReason: "duplicate" })] }, "unchanged", []],
  ] as const)("%s", (_name, overrides, verdict, kinds) => {
    const decision = decideIssue({ ...base, ...(overrides as Partial<IssueDecisionInput>) });
    expect(decision.verdict).toBe(verdict);
    expect(decision.actions.map((action) => action.kind)).toEqual(kinds);
  });

  test("closing sets the reason and comments after, with a marker", () => {
    const { actions } = decideIssue({ ...base, wanted: false, existing: issue({ body: composeBody("", "old", "0000") }) });
    expect(actions[0]).toMatchObject({ kind: "update-issue", state: "closed", stateReason: "completed", body: expect.stringContaining(content) });
    expect(actions[1]).toMatchObject({ kind: "comment", body: "closed", marker: `<!-- relais:comment closed ${hash} -->` });
  });
});

describe("decisions that protect people's text and say the right thing", () => {
  test("a deleted end marker: no body is ever written, the warning is posted once", () => {
    const frozen = issue({ body: noEnd(composeBody("", "old", "0000")) });
    for (const overrides of [{}, { wanted: false }, { existing: { ...frozen, state: "closed" as const, stateReason: "completed" as const } }]) {
      const { actions } = decideIssue({ ...base, existing: frozen, ...overrides });
      expect(actions.filter((action) => action.kind === "update-issue" && action.body !== undefined)).toEqual([]);
      expect(actions.at(-1)).toMatchObject({ kind: "comment", body: "end marker missing", once: true, marker: "<!-- relais:comment end-marker-missing 7 -->" });
    }
  });

  test("reopening after a maintainer closed a failing report says so; after a passing one, that something regressed", () => {
    const closedFailing = issue({ state: "closed", stateReason: "completed", body: composeBody("", "old failing", "0000", true) });
    expect(decideIssue({ ...base, existing: closedFailing }).actions[1]).toMatchObject({ kind: "comment", body: "still missing" });
    const closedSame = issue({ state: "closed", stateReason: "completed" });
    expect(decideIssue({ ...base, existing: closedSame }).actions[1]).toMatchObject({ kind: "comment", body: "still missing" });
    const closedPassing = issue({ state: "closed", stateReason: "completed", body: composeBody("", "all good", "1111", false) });
    expect(decideIssue({ ...base, existing: closedPassing }).actions[1]).toMatchObject({ kind: "comment", body: "reopened" });
  });

  test("duplicates are closed as such before anything else, each with a comment linking the kept issue", () => {
    const { actions } = decideIssue({ ...base, existing: issue(), duplicates: [issue({ number: 9 }), issue({ number: 12 })] });
    expect(actions).toEqual([
      { kind: "update-issue", number: 9, state: "closed", stateReason: "duplicate" },
      { kind: "comment", number: 9, body: "duplicate of #7", marker: "<!-- relais:comment duplicate 7 -->" },
      { kind: "update-issue", number: 12, state: "closed", stateReason: "duplicate" },
      { kind: "comment", number: 12, body: "duplicate of #7", marker: "<!-- relais:comment duplicate 7 -->" },
    ]);
  });
});

describe("issue body", () => {
  test("a failing report is marked as such inside the section", () => {
    expect(wasFailing(composeBody("", "v1", "aaaa", true))).toBe(true);
    expect(wasFailing(composeBody("", "v1", "aaaa", false))).toBe(false);
  });

  test("a missing end marker is recognised; without a start marker there is nothing to lose", () => {
    expect(endMarkerMissing(noEnd(composeBody("", "v1", "aaaa")))).toBe(true);
    expect(endMarkerMissing(composeBody("", "v1", "aaaa"))).toBe(false);
    expect(endMarkerMissing("Texte libre")).toBe(false);
  });

  test("should a caller rewrite a body without its end marker, every byte of it is kept below", () => {
    const old = noEnd(`Intro\n\n${composeBody("", "v1", "aaaa")}`);
    const next = composeBody(old, "v2", "bbbb");
    expect(next).toContain(old.slice(old.indexOf("<!-- relais:start")));
    expect(next.startsWith("Intro\n")).toBe(true);
  });

  test("the section is replaced, the text around it kept", () => {
    const first = composeBody(undefined, "v1", "aaaa");
    const edited = `Notes de l'équipe\n\n${first}\nSuite\n`;
    const next = composeBody(edited, "v2", "bbbb");
    expect(next).toBe(`Notes de l'équipe\n\n<!-- relais:start v=1 hash=bbbb -->\nv2\n<!-- relais:end -->\n\nSuite\n`);
    expect(markerHash(next)).toBe("bbbb");
  });

  test("a body whose markers were removed gets the section back on top", () => {
    expect(composeBody("Texte libre", "v1", "aaaa")).toBe("<!-- relais:start v=1 hash=aaaa -->\nv1\n<!-- relais:end -->\n\nTexte libre\n");
  });

  test("a report longer than GitHub allows is cut with a note", () => {
    const long = Array.from({ length: 5000 }, (_, index) => `- line ${index} ${"x".repeat(20)}`).join("\n");
    const body = composeBody("", long, "cccc");
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain("truncated");
    expect(body.trimEnd().endsWith("<!-- relais:end -->")).toBe(true);
  });
});

describe("sortIssues", () => {
  test("the oldest open Relais issue is kept, the other open ones are its duplicates", () => {
    const closed = issue({ number: 2, state: "closed", stateReason: "completed" });
    const { kept, duplicates } = sortIssues([issue({ number: 12 }), closed, issue({ number: 5, author: "relais", body: "no marker" }), issue({ number: 3, author: "alice", body: "hand-labelled" })], "relais[bot]");
    expect(kept?.number).toBe(5);
    expect(duplicates.map((duplicate) => duplicate.number)).toEqual([12]);
  });

  test("none open: a closed duplicate never stands in for the issue it duplicates", () => {
    const { kept, duplicates } = sortIssues([issue({ number: 1, state: "closed", stateReason: "duplicate" }), issue({ number: 4, state: "closed", stateReason: "completed" })]);
    expect(kept?.number).toBe(4);
    expect(duplicates).toEqual([]);
  });
});

describe("pickIssue", () => {
  test("the oldest with a marker, else the App's own, never a hand-labelled one", () => {
    const marked = issue({ number: 9 });
    const hand = issue({ number: 3, body: "mine", author: "alice" });
    const bot = issue({ number: 5, body: "markers removed", author: "relais" });
    expect(pickIssue([hand, marked, issue({ number: 12 })])?.number).toBe(9);
    expect(pickIssue([hand, bot], "relais[bot]")?.number).toBe(5);
    expect(pickIssue([hand])).toBeUndefined();
  });
});
