import type { Level, RuleId } from "../engine/types.js";

export interface IssueSettings {
  enabled: boolean;
  label: string;
  /** null: the title of the message catalogue, in the configured language. */
  title: string | null;
  openOn: "required" | "recommended";
}

/** The check run on pull requests (src/app/check-run-*.ts). */
export interface CheckSettings {
  enabled: boolean;
  /** The conclusion when a required document is missing: neutral (advisory) or failure (blocks a required check). */
  conclusion: "neutral" | "failure";
}

export interface RelaisConfig {
  language: "fr" | "en";
  /** Levels that differ from each rule's default. */
  rules: Partial<Record<RuleId, Level>>;
  /** Extra globs where a rule's document may live (e.g. `install-docs: ["ops/**"]`). */
  paths: Partial<Record<RuleId, string[]>>;
  /** Globs of paths that are not the project's own (vendored, generated). */
  exclude: string[];
  issue: IssueSettings;
  /** Repositories to skip, by name or glob (organisation level). */
  ignore: string[];
  archived: "skip" | "audit";
  forks: "skip" | "audit";
  /** List the documents that usually live outside the repository as a reminder in the issue. */
  reminders: boolean;
  checks: CheckSettings;
}

export const DEFAULT_CONFIG: RelaisConfig = Object.freeze({
  language: "fr",
  rules: {},
  paths: {},
  exclude: [],
  issue: { enabled: true, label: "relais", title: null, openOn: "required" },
  ignore: [],
  archived: "skip",
  forks: "skip",
  reminders: false,
  checks: { enabled: true, conclusion: "neutral" },
}) as RelaisConfig;
