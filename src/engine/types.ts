/** The engine's vocabulary: rules produce findings, findings make a report. Findings are data, never prose. */
import type { RepoSnapshot } from "./snapshot.js";
import type { FileIndex } from "./file-index.js";
import type { DocumentIndex } from "./documents.js";
import type { LicenceAnalysis } from "../licence/types.js";
import type { ReadKind } from "./places.js";

/** The axes of the EIG pérennisation guide, plus the legal opening of the code. */
export const AXES = ["ouverture", "deploiement", "transmission", "fiabilisation"] as const;
export type Axis = (typeof AXES)[number];

export const LEVELS = ["required", "recommended", "off"] as const;
export type Level = (typeof LEVELS)[number];

export type Status = "pass" | "fail" | "warn" | "skip";

/** Rule ids are a contract (JSON output, configuration, issue text). */
export const RULE_IDS = [
  "licence-file",
  "licence-homologated",
  "licence-consistent",
  "data-licence",
  "repository-public",
  "publiccode",
  "readme",
  "install-docs",
  "architecture-schema",
  "deployment-docs",
  "technical-docs",
  "user-manual",
  "contributing",
  "changelog",
  "roadmap",
  "maintainer-contact",
  "security-policy",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Where something was found (or looked for). */
export interface Evidence {
  path: string;
  line?: number;
  /** The heading, verbatim, when the evidence is a section of a document. */
  heading?: string;
}

export type MessageParam = string | number | readonly string[];

/** A message is a key into the catalogues plus its parameters; only renderers turn it into words. */
export interface MessageRef {
  key: string;
  params?: Record<string, MessageParam>;
}

/** What a rule's check returns. */
export interface Outcome {
  status: Status;
  evidence: Evidence[];
  message: MessageRef;
}

export interface Finding extends Outcome {
  rule: RuleId;
  axis: Axis;
  level: Level;
}

/** Everything a rule may look at. No network, no clock but `now`. */
export interface RuleContext {
  snapshot: RepoSnapshot;
  files: FileIndex;
  docs: DocumentIndex;
  /** Licence identification, computed once per audit on first use. */
  licence(): LicenceAnalysis;
  /** Extra places (globs) the configuration says hold this rule's document kind. */
  paths: readonly string[];
  /** The configured places of another rule (the readme rule asks where installation steps are). */
  pathsOf?(rule: RuleId): readonly string[];
  now: Date;
}

/**
 * What a rule reads and which gates apply to it, declared once beside the rule. `audit()` applies the
 * gates; the GitHub source fetches the files of the declared kinds; the configuration accepts
 * `paths.<rule>` only for rules that take them.
 */
export interface RuleInputs {
  /** The kinds of files whose text the rule may read (see places.ts). */
  reads: readonly ReadKind[];
  /** Skipped by audit() (`<rule>.no-software`) in a repository that holds no software. */
  needsSoftware?: boolean;
  /**
   * What `paths.<rule>` does: "first", a matching file passes the rule (`<rule>.configured`), checked by
   * audit() before any gate; "fallback", the rule reads `context.paths` itself when its own search finds
   * nothing. Absent: the rule takes no configured paths.
   */
  configuredPaths?: "first" | "fallback";
}

export interface Rule {
  id: RuleId;
  axis: Axis;
  defaultLevel: Level;
  /** Absent for rules that read only what licence identification reads (src/licence/locations.ts). */
  inputs?: RuleInputs;
  check(context: RuleContext): Outcome;
}

export interface LicenceSummary {
  /** The SPDX expression of the root licence, null when none was identified. */
  spdx: string | null;
  files: string[];
  /** null when nothing could be identified. */
  homologated: boolean | null;
}

export interface ReportSummary {
  ok: boolean;
  required: { pass: number; fail: number };
  recommended: { pass: number; fail: number };
  skipped: number;
}

export interface ConfigProblem {
  /** The configuration file, as the user named it. */
  file: string;
  line?: number;
  /** Dotted path of the key at fault, "" for the whole file. */
  key: string;
  /** What is wrong, in English (logs, and problems that have no code). */
  message: string;
  /** What is wrong as data, rendered by the catalogues as `config.<code>` in the report's language. */
  code?: string;
  params?: Record<string, MessageParam>;
}

export interface Report {
  schemaVersion: 1;
  repository: string;
  commit: string | null;
  auditedAt: string;
  licence: LicenceSummary;
  findings: Finding[];
  summary: ReportSummary;
  configProblems: ConfigProblem[];
}
