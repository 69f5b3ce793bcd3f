/** What a source (local directory, GitHub) hands to the engine: file paths, lazily read texts, metadata. */

/** Why a file's text is or is not available. */
export type FileState = "text" | "binary" | "too-large" | "unreadable" | "missing" | "not-fetched";

export interface FileContent {
  state: FileState;
  /** Present only when state is "text". */
  text?: string;
  /** Size in bytes when known. */
  size?: number;
}

export interface RepoMetadata {
  /** "owner/name" on GitHub, the directory name locally. */
  fullName: string;
  source: "local" | "github";
  defaultBranch?: string;
  headCommit?: string;
  visibility?: "public" | "private" | "internal";
  archived?: boolean;
  fork?: boolean;
  /** A repository without any commit. */
  empty?: boolean;
  description?: string | null;
  homepage?: string | null;
  topics?: readonly string[];
  /** SPDX id of the licence GitHub detected; "NOASSERTION" when GitHub says "other"; null when none. */
  githubLicence?: string | null;
  /** Whether the repository has published releases (counts as a changelog). */
  hasReleases?: boolean;
  /** The file list is incomplete (GitHub truncated the tree). */
  truncated?: boolean;
}

export interface RepoSnapshot {
  readonly metadata: RepoMetadata;
  /** Every file path, POSIX separators, relative to the root, sorted. */
  readonly files: readonly string[];
  /** The text of a file; sources memoise and never throw. */
  content(path: string): FileContent;
}

/** Files larger than this are never read: documentation is never that big, and a blob could exhaust memory. */
export const MAX_TEXT_BYTES = 1_000_000;

export function readText(snapshot: RepoSnapshot, path: string): string | undefined {
  const content = snapshot.content(path);
  return content.state === "text" ? content.text : undefined;
}

/** A snapshot held entirely in memory: for tests, fixtures and the GitHub source once texts are fetched. */
export function memorySnapshot(
  files: Record<string, string | FileContent>,
  metadata: Partial<RepoMetadata> = {},
): RepoSnapshot {
  const paths = Object.keys(files).sort();
  return {
    metadata: { fullName: "example/repository", source: "local", ...metadata },
    files: paths,
    content(path) {
      const value = files[path];
      if (value === undefined) return { state: "missing" };
      if (typeof value === "string") return { state: "text", text: value, size: Buffer.byteLength(value) };
      return value;
    },
  };
}
