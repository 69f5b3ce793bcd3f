/**
 * What Relais knows about a project that a skeleton can be filled with: its name, web address,
 * description, default branch, identified licence and the contact addresses it found. Read from the
 * snapshot and the report at render time, so the engine stays pure and the findings stay data.
 */
import { emailsIn } from "../engine/contact-details.js";
import { readText, type RepoSnapshot } from "../engine/snapshot.js";
import type { Report } from "../engine/types.js";

export interface ProjectFacts {
  /** The repository name ("outil" for "ministere/outil"). */
  name?: string;
  /** The repository's web address, "https://github.com/ministere/outil". */
  url?: string;
  description?: string;
  defaultBranch?: string;
  /** The SPDX expression identified for the root licence. */
  licence?: string;
  /** Addresses found where the maintainer-contact rule found its contacts. */
  contacts: readonly string[];
}

/** `webBase` is where the repository lives on the web: GitHub's address for the GitHub source. */
export function projectFacts(snapshot: RepoSnapshot, report: Report, webBase?: string): ProjectFacts {
  const { metadata } = snapshot;
  const manifest = packageJson(snapshot);
  const url = webBase && metadata.source === "github" ? `${webBase.replace(/\/$/, "")}/${metadata.fullName}` : githubUrl(manifest.repository);
  const contact = report.findings.find((finding) => finding.rule === "maintainer-contact" && finding.status !== "fail" && finding.status !== "skip");
  const contacts = [...new Set((contact?.evidence ?? []).flatMap((evidence) => emailsIn(readText(snapshot, evidence.path) ?? "")))].slice(0, 3);
  return {
    // Locally the folder may be named anything: the manifest's name, else the repository's, say better.
    name: (metadata.source === "local" ? (nonEmpty(manifest.name) ?? url?.split("/").pop()) : undefined) ?? (metadata.fullName.split("/").pop() || undefined),
    url,
    description: nonEmpty(metadata.description) ?? nonEmpty(manifest.description),
    defaultBranch: metadata.defaultBranch,
    licence: report.licence.spdx ?? undefined,
    contacts,
  };
}

function packageJson(snapshot: RepoSnapshot): { name?: unknown; description?: unknown; repository?: unknown } {
  try {
    const value: unknown = JSON.parse(readText(snapshot, "package.json") ?? "{}");
    return value !== null && typeof value === "object" ? value : {};
  } catch {
    return {};
  }
}

/** A manifest's `repository` ("github:o/r", "https://github.com/o/r.git", { url }) as a web address. */
function githubUrl(repository: unknown): string | undefined {
  const text = typeof repository === "string" ? repository : typeof repository === "object" && repository !== null ? (repository as { url?: unknown }).url : undefined;
  if (typeof text !== "string") return undefined;
  const match = /^(?:github:|(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com[/:]|git@github\.com:)?([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(text.trim());
  return match ? `https://github.com/${match[1]}/${match[2]}` : undefined;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.replace(/\s+/g, " ").trim() : undefined;
}

/** GitHub's web address for the API a run talks to: github.com, or a GitHub Enterprise Server host. */
export function githubWebBase(env: Record<string, string | undefined>): string {
  if (env.GHE_HOST) return `${env.GHE_PROTOCOL || "https"}://${env.GHE_HOST}`;
  const api = env.GITHUB_API_URL;
  if (api && !/^https:\/\/api\.github\.com\/?$/.test(api)) return api.replace(/\/api\/v3\/?$/, "");
  return "https://github.com";
}
