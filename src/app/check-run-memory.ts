/**
 * The reports the App computed lately, by repository and commit, so that a pull request's base is
 * compared without reading it again: the default branch's last audit (the issue's) is usually the
 * base of every open pull request. In memory and bounded; a miss only costs the base's two reads.
 */
import type { RelaisConfig } from "../config/defaults.js";
import type { RepoMetadata, RepoSnapshot } from "../engine/snapshot.js";
import type { Report } from "../engine/types.js";
import type { ConfigText } from "../sources/github.js";

export interface KnownReport {
  report: Report;
  config: RelaisConfig;
  metadata: RepoMetadata;
  /** Every path of the commit; left out for huge trees (the diff then cannot say "added"). */
  files?: ReadonlySet<string>;
  /** The organisation's default configuration, for a head that has no configuration file of its own. */
  organisationConfig?: ConfigText;
}

export interface RememberInput {
  report: Report;
  config: RelaisConfig;
  snapshot: RepoSnapshot;
  organisationConfig?: ConfigText;
}

/** Beyond this many paths a commit's file list is not kept: memory stays bounded on monorepos. */
const MAX_KEPT_PATHS = 50_000;

export class ReportMemory {
  private readonly entries = new Map<string, KnownReport>();

  constructor(private readonly capacity = 200) {}

  remember({ report, config, snapshot, organisationConfig }: RememberInput): void {
    const commit = snapshot.metadata.headCommit;
    if (!commit) return;
    const key = keyOf(snapshot.metadata.fullName, commit);
    this.entries.delete(key);
    this.entries.set(key, { report, config, metadata: snapshot.metadata, files: snapshot.files.length <= MAX_KEPT_PATHS ? new Set(snapshot.files) : undefined, organisationConfig });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  find(fullName: string, commit: string): KnownReport | undefined {
    const key = keyOf(fullName, commit);
    const found = this.entries.get(key);
    if (found) {
      // Least recently used goes first.
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }
}

function keyOf(fullName: string, commit: string): string {
  return `${fullName.toLowerCase()}@${commit}`;
}
