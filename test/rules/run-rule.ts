/** Runs one rule on an in-memory repository, the way audit() does. */
import { DocumentIndex } from "../../src/engine/documents.js";
import { FileIndex } from "../../src/engine/file-index.js";
import { memorySnapshot } from "../../src/engine/snapshot.js";
import type { Outcome, Rule, RuleContext } from "../../src/engine/types.js";

export interface RunOptions {
  paths?: string[];
  fullName?: string;
}

export function contextFor(files: Record<string, string>, options: RunOptions = {}): RuleContext {
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

export function runRule(rule: Rule, files: Record<string, string>, options: RunOptions = {}): Outcome {
  return rule.check(contextFor(files, options));
}

/** A file that makes the repository hold software. */
export const CODE = { "src/index.js": "console.log('hi');\n" };
