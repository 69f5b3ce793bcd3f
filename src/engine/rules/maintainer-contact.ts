/**
 * maintainer-contact: after the défi, the host administration and reusers need to know who answers
 * for the code and how to reach them. CODEOWNERS, a MAINTAINERS file, publiccode.yml contacts, or a
 * contact / maintenance / team section with an address or a link. Credits, copyright lines and
 * manifest `author` fields say who wrote the code, not who answers for it: they do not count.
 */
import { emailsIn, reachableLinks, sectionHasEmail } from "../contact-details.js";
import type { Section } from "../documents.js";
import { normaliseHeading } from "../locate.js";
import { fail, pass } from "../outcome.js";
import { communityFile, projectDocuments } from "../project-documents.js";
import { rootPubliccode } from "../publiccode-file.js";
import { readText } from "../snapshot.js";
import type { Evidence, Outcome, Rule, RuleContext } from "../types.js";

const CODEOWNERS = /^codeowners$/i;
const MAINTAINERS = /^(maintainers?|mainteneurs?|owners)(\.(md|markdown|rst|txt|adoc|ya?ml))?$/i;

/** Headings under which an e-mail address designates someone to reach. */
const CONTACT_HEADING =
  /\b(contacts?|contacter|contactez|mainteneurs?|maintainers?|maintenance|maintenu|maintained|equipe|team|referents?|responsables?|support|assistance|gouvernance|governance|auteurs?|authors?|qui sommes nous|who we are|besoin d aide|need help|questions?)\b/;
/** Words that make a mere link a contact: it names who answers, not just where to read more. */
const DESIGNATES = /\b(contact\w*|mainteneurs?|maintainers?|maintenu|maintenue|maintient|maintained|maintains|referents?|responsables?|qui contacter|who to contact|porte par|pilote par)\b/;
const MAINTAINED_BY = /\b(maintenu(e|s)? par|maintained by|maintient|maintains|responsable du (projet|depot|code)|contact(ez|er)?)\b/;

export const rule: Rule = {
  id: "maintainer-contact",
  axis: "fiabilisation",
  defaultLevel: "recommended",
  inputs: { reads: ["readme", "documentation", "community", "publiccode", "manifests"], configuredPaths: "first" },
  check(context) {
    return codeOwners(context) ?? maintainersFile(context) ?? publiccodeContacts(context) ?? documentedContact(context) ?? fail("maintainer-contact.missing");
  },
};

function codeOwners(context: RuleContext): Outcome | undefined {
  const path = communityFile(context, CODEOWNERS);
  if (!path) return undefined;
  const text = readText(context.snapshot, path);
  // An unread file (not fetched, too large) is taken at its name; a readable one must name an owner.
  const owned = text === undefined || text.split(/\r?\n/).some((line) => /^\s*[^#\s]\S*\s+\S/.test(line));
  return owned ? pass("maintainer-contact.codeowners", [{ path }], { path }) : undefined;
}

function maintainersFile(context: RuleContext): Outcome | undefined {
  const path = communityFile(context, MAINTAINERS);
  if (!path) return undefined;
  const text = readText(context.snapshot, path);
  const named = text === undefined || /[\p{L}@]/u.test(text.replace(/^#.*$/gm, ""));
  return named ? pass("maintainer-contact.maintainers-file", [{ path }], { path }) : undefined;
}

function publiccodeContacts(context: RuleContext): Outcome | undefined {
  const file = rootPubliccode(context);
  if (file?.state !== "parsed") return undefined;
  const maintenance = (file.value as { maintenance?: { contacts?: unknown } } | null)?.maintenance;
  const contacts = Array.isArray(maintenance?.contacts) ? (maintenance.contacts as unknown[]) : [];
  const index = contacts.findIndex(
    (contact) =>
      contact !== null &&
      typeof contact === "object" &&
      ["name", "email"].some((key) => typeof (contact as Record<string, unknown>)[key] === "string" && ((contact as Record<string, string>)[key] ?? "").trim() !== ""),
  );
  if (index === -1) return undefined;
  const line = file.lineOf(["maintenance", "contacts", index]);
  return pass("maintainer-contact.publiccode", [line === undefined ? { path: file.path } : { path: file.path, line }], { path: file.path });
}

/** A contact section with an address, or a sentence that designates a maintainer with an address or a link. */
function documentedContact(context: RuleContext): Outcome | undefined {
  const documents = projectDocuments(context);
  for (const path of documents) {
    const doc = context.docs.get(path);
    if (!doc) continue;
    for (const section of doc.sections) {
      if (!section.heading || !contactSection(section)) continue;
      const evidence: Evidence = { path, line: section.heading.line, heading: section.heading.text };
      return pass("maintainer-contact.section", [evidence], { path, heading: section.heading.text });
    }
  }
  for (const path of documents) {
    const doc = context.docs.get(path);
    if (!doc) continue;
    const outer = doc.sections.find((section) => section.paragraphs.some((paragraph) => designatesMaintainer(paragraph, section)));
    if (!outer) continue;
    const sentence = outer.paragraphs.find((paragraph) => designatesMaintainer(paragraph, outer))!;
    // Sections include their sub-sections: point at the innermost one that holds the sentence.
    const section = doc.sections.findLast((s) => s.startLine >= outer.startLine && s.endLine <= outer.endLine && s.paragraphs.includes(sentence)) ?? outer;
    if (!section.heading) return pass("maintainer-contact.sentence", [{ path, line: section.startLine }], { path });
    return pass("maintainer-contact.section", [{ path, line: section.heading.line, heading: section.heading.text }], { path, heading: section.heading.text });
  }
  return undefined;
}

function contactSection(section: Section): boolean {
  const heading = normaliseHeading(section.heading?.text ?? "");
  if (!CONTACT_HEADING.test(heading)) return false;
  if (sectionHasEmail(section)) return true;
  const words = `${heading} ${normaliseHeading(section.paragraphs.join(" "))}`;
  return DESIGNATES.test(words) && reachableLinks(section.links).length > 0;
}

function designatesMaintainer(paragraph: string, section: Section): boolean {
  const words = normaliseHeading(paragraph);
  if (!MAINTAINED_BY.test(words)) return false;
  if (emailsIn(paragraph).length > 0) return true;
  // A link whose text is part of this very sentence ("maintenu par [l'équipe X](https://…)").
  return /\b(maintenu(e|s)? par|maintained by)\b/.test(words) && reachableLinks(section.links).some((link) => link.text.trim() !== "" && paragraph.includes(link.text));
}

