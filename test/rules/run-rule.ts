/** Runs one rule on an in-memory repository, the way audit() does. */
import { expect } from "vitest";
import { checkRule } from "../../src/engine/audit.js";
import { DocumentIndex } from "../../src/engine/documents.js";
import { FileIndex } from "../../src/engine/file-index.js";
import { memorySnapshot, type FileContent } from "../../src/engine/snapshot.js";
import type { Outcome, Rule, RuleContext } from "../../src/engine/types.js";

export interface RunOptions {
  paths?: string[];
  fullName?: string;
}

export function contextFor(files: Record<string, string | FileContent>, options: RunOptions = {}): RuleContext {
  const snapshot = memorySnapshot(files, options.fullName ? { fullName: options.fullName } : {});
  return {
    snapshot,
    files: new FileIndex(snapshot.files),
    docs: new DocumentIndex(snapshot),
    licence: () => {
      throw new Error("documentation rules do not read licences");
    },
    paths: options.paths ?? [],
    now: new Date(0),
  };
}

/** The rule as audit() runs it: its declared gates (configured paths, software) first. */
export function runRule(rule: Rule, files: Record<string, string | FileContent>, options: RunOptions = {}): Outcome {
  return checkRule(rule, contextFor(files, options));
}

/** A file that makes the repository hold software. */
export const CODE = { "src/index.js": "console.log('hi');\n" };

/** Runs a rule on a repository holding software plus `files`, and checks the outcome's status, key and first evidence. */
export function expectOutcome(rule: Rule, files: Record<string, string>, expected: { status: string; key: string; path?: string }): Outcome {
  const outcome = runRule(rule, { ...CODE, ...files });
  expect({ status: outcome.status, key: outcome.message.key }).toEqual({ status: expected.status, key: expected.key });
  if (expected.path !== undefined) expect(outcome.evidence[0]?.path).toBe(expected.path);
  return outcome;
}
