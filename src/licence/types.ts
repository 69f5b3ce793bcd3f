/** What licence identification tells the rules. Filled by src/licence/analyse.ts. */

/** How sure an identification is: a full text matched, a short notice, or a declaration. */
export type Confidence = "exact" | "high" | "notice" | "declared";

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
}

/** A licence stated somewhere else than a licence file: a manifest, a header, publiccode.yml, GitHub. */
export interface LicenceDeclaration {
  source: "package.json" | "pyproject.toml" | "setup.cfg" | "setup.py" | "DESCRIPTION" | "composer.json" | "Cargo.toml" | "pom.xml" | "publiccode.yml" | "spdx-header" | "github" | "readme";
  path: string;
  line?: number;
  /** As written. */
  raw: string;
  /** As a valid SPDX expression, null when it cannot be made one. */
  spdx: string | null;
  /** Set when spdx-correct had to fix the raw string. */
  corrected?: boolean;
}

export type HomologationVerdict =
  | { status: "homologated"; expression: string; dataOnly: boolean }
  | { status: "not-homologated"; expression: string; reasons: string[]; upgradeTo?: string }
  | { status: "unknown"; candidates: { spdx: string; score: number }[] }
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
}
