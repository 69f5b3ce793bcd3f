/**
 * security-policy: someone who finds a vulnerability knows whom to tell, privately. A SECURITY file,
 * a security.txt with a Contact field, or a security section that gives an address or says how to report.
 */
import { sectionHasEmail } from "../contact-details.js";
import { findSections, sectionEvidence } from "../locate.js";
import { fail, pass } from "../outcome.js";
import { communityFile, projectDocuments } from "../project-documents.js";
import { readText } from "../snapshot.js";
import type { Rule } from "../types.js";

const FILE = /^security(\.[a-z]{2})?(\.(md|markdown|rst|txt|adoc|asciidoc))?$/i;
/** RFC 9116: /.well-known/security.txt, often shipped from a web app's public folder. */
const SECURITY_TXT = /^security\.txt$|(^|\/)\.well-known\/security\.txt$/i;
const HEADING =
  /^(securite|security|security policy|politique de securite|vulnerabilit\w*|failles?( de securite)?|(signal\w*|declar\w*|report\w*) (d une |une |des |les |a |of )?(faille|vulnerabilit|probleme de securite|incident de securite|security)\w*|(responsible|coordinated) disclosure|divulgation\w*)( .*)?$/;
/** Vocabulary of a reporting procedure, as opposed to a description of security measures. */
const VULNERABILITY = /vuln[eé]rab|faille|security (issue|problem|bug)|probl[eè]me de s[eé]curit[eé]|incident de s[eé]curit[eé]/i;
const REPORTING = /contact|signal|report|[eé]cri(re|vez)|write|e-?mail|courriel|priv[eé]|privately|confidenti|advisor/i;

export const rule: Rule = {
  id: "security-policy",
  axis: "fiabilisation",
  defaultLevel: "recommended",
  inputs: { reads: ["documentation", "community"], configuredPaths: "first" },
  check(context) {
    const file = communityFile(context, FILE);
    if (file) return pass("security-policy.file", [{ path: file }], { path: file });

    const securityTxt = context.files.own.filter((path) => SECURITY_TXT.test(path));
    for (const path of securityTxt) {
      const text = readText(context.snapshot, path);
      // Contact is the one mandatory field of RFC 9116; an unread file is given the benefit of the doubt.
      if (text === undefined || /^contact:\s*\S/im.test(text)) return pass("security-policy.security-txt", [{ path }], { path });
    }

    for (const match of findSections(context, projectDocuments(context), HEADING)) {
      const { section } = match;
      const body = section.body;
      const advisoryLink = section.links.some((link) => /security\/advisories|\/security(\/policy)?$|^mailto:/i.test(link.url));
      if (sectionHasEmail(section) || advisoryLink || (VULNERABILITY.test(body) && REPORTING.test(body))) {
        return pass("security-policy.section", [sectionEvidence(match)], { path: match.doc.path, heading: section.heading.text });
      }
    }
    if (securityTxt[0]) return fail("security-policy.security-txt-without-contact", [{ path: securityTxt[0] }], { path: securityTxt[0] });
    return fail("security-policy.missing");
  },
};
