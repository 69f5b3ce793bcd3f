/**
 * roadmap: where the product is going, so that whoever takes it over knows what was planned and why.
 * A ROADMAP / feuille de route / vision document, a "prochaines étapes" / "next steps" section, or the
 * `roadmap` URL of publiccode.yml. A TODO list is a list of chores, not a direction: it does not count.
 */
import { documentationFiles, findSections, hasSubstance, rootReadmes, sectionEvidence } from "../locate.js";
import { basename } from "../file-index.js";
import { fail, pass } from "../outcome.js";
import { communityFiles, isSampleDocument, nameWords, projectDocuments } from "../project-documents.js";
import { rootPubliccode, textAt } from "../publiccode-file.js";
import { readText } from "../snapshot.js";
import type { Rule, RuleContext } from "../types.js";

/** Names that can only mean a roadmap, wherever the file sits. */
const ROADMAP_NAME = /^(\d+ )?(roadmap|road map|feuille de route)( .*)?$/;
/** Names that mean a roadmap when kept with the project's documents. */
const VISION_NAME = /^(\d+ )?(vision|prochaines etapes|next steps|perspectives|pistes d evolutions?|evolutions? (futures|a venir|prevues)|a venir|futur|future)( .*)?$/;
const DOCUMENT = /\.(md|markdown|mdx|rst|adoc|asciidoc|txt|html?|pdf|docx?|odt|pptx?|odp)$|^[^.]+$/i;
const TODO_NAME = /^(todo|to do|backlog|wip|taches)$/;
/** Headings that name a roadmap whatever follows ("Roadmap 2025", "Feuille de route technique"). */
const HEADING_PREFIX = /^(\d+ )?(roadmap|road map|feuille de route|prochaines etapes|etapes suivantes|next steps|pistes d evolutions?|pistes d amelioration|evolutions? (futures|a venir|prevues|envisagees|possibles)|travaux futurs|future work|future plans)( .*)?$/;
/** Short headings that mean it only on their own ("Vision", not "Vision par ordinateur"). */
const HEADING_EXACT = /^(\d+ )?(vision|notre vision|vision (du )?produit|product vision|a venir|what s next|upcoming|coming soon|perspectives|suite du projet|et apres|futur|future)$/;
const HEADING = new RegExp(`${HEADING_PREFIX.source}|${HEADING_EXACT.source}`);
/** Past changes are not plans: changelogs are not searched for sections. */
const CHANGELOG = /^(changelog|changes|history|historique|news|releases?|release notes)( .*)?$/;
const DOC_PLACE = /(^|\/)(docs?|documentation|wiki)\//i;

export const rule: Rule = {
  id: "roadmap",
  axis: "transmission",
  defaultLevel: "recommended",
  inputs: { reads: ["readme", "documentation", "publiccode"], configuredPaths: "first" },
  check(context) {
    const file = roadmapFile(context);
    if (file) return pass("roadmap.file", [{ path: file }], { path: file });

    const publiccode = rootPubliccode(context);
    if (publiccode?.state === "parsed") {
      const url = textAt(publiccode.value, ["roadmap"]);
      const line = publiccode.lineOf(["roadmap"]);
      if (url) return pass("roadmap.publiccode", [line === undefined ? { path: publiccode.path } : { path: publiccode.path, line }], { path: publiccode.path, url });
    }

    const match = roadmapSection(context);
    if (match) return pass("roadmap.section", [sectionEvidence(match)], { path: match.doc.path, heading: match.section.heading.text });

    const todo = communityFiles(context, /.*/).find((path) => TODO_NAME.test(nameWords(basename(path))));
    if (todo) return fail("roadmap.todo-only", [{ path: todo }], { path: todo });
    return fail("roadmap.missing");
  },
};

/**
 * Any section of a root README; elsewhere only a page's title, because "Next steps" at the end of an
 * installation guide means "what to do after installing", not where the product is going.
 */
function roadmapSection(context: RuleContext) {
  const readmes = rootReadmes(context);
  const inReadmes = findSections(context, readmes, HEADING).find((m) => hasSubstance(m.section.body, 40));
  if (inReadmes) return inReadmes;
  const pages = projectDocuments(context).filter((path) => !readmes.includes(path) && !CHANGELOG.test(nameWords(basename(path))));
  return findSections(context, pages, HEADING).find((m) => m.doc.headings[0] === m.section.heading && hasSubstance(m.section.body, 40));
}

function roadmapFile(context: RuleContext): string | undefined {
  const documentation = new Set(documentationFiles(context));
  const candidates = context.files.own.filter((path) => {
    const name = basename(path);
    if (!DOCUMENT.test(name) || isSampleDocument(path)) return false;
    const words = nameWords(name);
    if (ROADMAP_NAME.test(words)) return true;
    // A page kept in a folder named so (roadmap/PERSPECTIVES.md, feuille-de-route/2025.md) is the roadmap, whatever its own name.
    if (path.includes("/") && path.split("/").slice(0, -1).some((segment) => ROADMAP_NAME.test(nameWords(segment))) && !TODO_NAME.test(words)) return true;
    return VISION_NAME.test(words) && (!path.includes("/") || DOC_PLACE.test(path) || documentation.has(path));
  });
  // An empty page (a placeholder created and never written) is not a roadmap; unread files are taken at their name.
  return candidates
    .sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b))
    .find((path) => {
      const text = readText(context.snapshot, path);
      return text === undefined || !/\.(md|markdown|mdx|rst|adoc|asciidoc|txt)$|^[^.]+$/i.test(basename(path)) || hasSubstance(text, 40);
    });
}
