import { describe, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/defaults.js";
import { composeBody, contentHash, markerHash } from "../../src/app/issue-body.js";
import { decideIssue, pickIssue, type IssueDecisionInput } from "../../src/app/reconcile-issue.js";
import type { ExistingIssue } from "../../src/sources/github.js";

const content = "### Audit\n- [ ] licence";
const hash = contentHash(content);
const base: IssueDecisionInput = { issuesEnabled: true, settings: DEFAULT_CONFIG.issue, wanted: true, labelExists: true, content, hash, title: "Relais", closedComment: "closed", reopenedComment: "reopened" };
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

describe("issue body", () => {
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
