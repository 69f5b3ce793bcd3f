/** What licence identification tells the rules. Filled by src/licence/analyse.ts. */

/** How sure an identification is: a full text matched, a short notice, or a declaration. */
export type Confidence = "exact" | "high" | "notice" | "declared" | "title";

export interface LicenceFileMatch {
  path: string;
  /** SPDX expression identified in the file, null when nothing matched. */
  spdx: string | null;
  confidence: Confidence | null;
  /** Similarity of the best reference text, 0..1, when text matching ran. */
  score?: number;
  /** Closest references when nothing matched well enough. */
  candidates?: { spdx: string; score: number }[];
  /** Why the file could not be read, when it could not. */
  unreadable?: "binary" | "too-large" | "unreadable";
  /** Where the file was found: at the root, in a REUSE LICENSES/ folder, or named by a manifest. */
  origin?: "root" | "reuse" | "manifest";
  /** The file is empty (or holds nothing but whitespace). */
  empty?: boolean;
  /** No licence, and the text reserves all rights or says it is proprietary. */
  proprietary?: boolean;
  /** The phrase that reserves the rights ("All rights reserved", "strictement interdite"), as found. */
  reservation?: string;
  /** Licence texts the file quotes for bundled components, set aside (SPDX ids). */
  bundled?: string[];
  /** Identified only by its title: the body is not the official text (a paraphrase or translation). */
  paraphrase?: boolean;
  /** Each licence found in the file and how (a file may hold several). */
  parts?: { spdx: string; confidence: Confidence; score?: number }[];
  /** Words were added inside the licence text; `restrictive` when they read like a restriction (restrictions.ts). */
  modified?: { spdx: string; addedWords: number; restrictive: boolean };
  /** Licence families named without the version they need ("under the GPL"). */
  unresolved?: string[];
  /** The version of a family the file names bare was taken from another declaration (publiccode.yml, a header). */
  versionFrom?: "declaration";
}

/** A licence stated somewhere else than a licence file: a manifest, a header, publiccode.yml, GitHub. */
export interface LicenceDeclaration {
  source: "package.json" | "pyproject.toml" | "setup.cfg" | "setup.py" | "DESCRIPTION" | "composer.json" | "Cargo.toml" | "pom.xml" | "publiccode.yml" | "spdx-header" | "source-header" | "github" | "readme";
  path: string;
  line?: number;
  /** As written. */
  raw: string;
  /** As a valid SPDX expression, null when it cannot be made one. */
  spdx: string | null;
  /** Set when spdx-correct had to fix the raw string. */
  corrected?: boolean;
}

/** How a project may move from a licence that is not listed to one that is. */
export interface UpgradePath {
  from: string;
  to: string;
  /** or-later: the grant allows it; clause: the licence allows it; steward: its publisher says so; relicense: only the copyright holders can. */
  basis: "or-later" | "clause" | "steward" | "relicense";
  /** The licence's own clause, when there is one ("CeCILL 2.0 article 12.3"). */
  clause?: string;
}

export type HomologationVerdict =
  | { status: "homologated"; expression: string; dataOnly: boolean }
  /**
   * reasons: the SPDX ids that are not on the list ("NONE" for a proprietary notice).
   * upgradeTo: the expression once every such id is moved to its listed successor, when each has one.
   */
  | { status: "not-homologated"; expression: string; reasons: string[]; upgradeTo?: string; upgrades?: UpgradePath[] }
  | { status: "unknown"; candidates: { spdx: string; score: number }[] }
  /** A licence family named without the version the verdict depends on ("la licence CeCILL"). */
  | { status: "unversioned"; families: string[] }
  | { status: "none" };

export interface LicenceAnalysis {
  /** Root licence files, identified. */
  files: LicenceFileMatch[];
  /** The root licence as one SPDX expression (files combined), null when none identified. */
  expression: string | null;
  declarations: LicenceDeclaration[];
  verdict: HomologationVerdict;
  /** "or any later version" found somewhere: GNU ids are then -or-later. */
  orLater: boolean;
  /** Readable licence files (root or REUSE) that no licence could be identified in. */
  unidentified: string[];
  /** Manifests pointing to a licence file that is not in the repository. */
  missingPointers: { manifest: string; target: string }[];
  /** The repository has source code (used to warn when only a data licence covers it). */
  hasCode: boolean;
  /** Which files were read for SPDX-License-Identifier and licence headers (bounded sample). */
  headerFilesRead: number;
}
