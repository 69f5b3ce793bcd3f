/**
 * Where the project keeps its community and handover documents: the root, `.github/` and the
 * top-level documentation folder. Sub-package READMEs describe components, not the project, so the
 * rules that look for a project-wide statement (a contact, a security policy, a roadmap) skip them.
 */
import { documentationFiles } from "./locate.js";
import { basename } from "./file-index.js";
import type { RuleContext } from "./types.js";

// Community-file and project-document places are defined with the other places, in places.ts.
import { COMMUNITY_PLACES, PROJECT_PLACES } from "./places.js";

/** The first own file in a community place whose base name matches, root first. */
export function communityFile(context: RuleContext, name: RegExp): string | undefined {
  return communityFiles(context, name)[0];
}

export function communityFiles(context: RuleContext, name: RegExp): string[] {
  return context.files.own
    .filter((path) => COMMUNITY_PLACES.test(path) && name.test(basename(path)))
    .sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
}

/** Documentation files of the project as a whole: root documents, `.github/` and `docs/` trees. */
export function projectDocuments(context: RuleContext): string[] {
  return documentationFiles(context)
    .filter((path) => PROJECT_PLACES.test(path))
    .sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
}

function depth(path: string): number {
  return path.split("/").length;
}

/**
 * A file or folder name as comparable words: "reuserGuide.md" gives "reuser guide",
 * "MANUEL_Utilisateur-v2.pdf" gives "manuel utilisateur v2".
 */
export function nameWords(name: string): string {
  return name
    .replace(/\.[^.]+$/, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Skeletons, examples and tests stand for documents of other projects (Relais's own templates/ is one):
 * a "ROADMAP.md" or "USER-GUIDE.md" found there is not this project's.
 */
export function isSampleDocument(path: string): boolean {
  return /(^|\/)(templates?|skeletons?|boilerplates?|examples?|exemples?|samples?|tests?|spec|__tests__)\//i.test(path);
}
