/**
 * Whether a piece of documentation gives a way to reach someone: an e-mail address or a link.
 * Addresses inside code (clone URLs, demo accounts in commands) and placeholder addresses do not count.
 */
import type { LinkRef, Section } from "./documents.js";

// Deliberately loose: the question is "is there an address here", not RFC 5322 validity.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const PLACEHOLDER_DOMAIN = /@(?:[\w-]+\.)*(example|exemple|domain|domaine|localhost|test|invalid|local|acme|foo|bar)\.\w+$|\.(test|local|invalid|example)$/i;
const PLACEHOLDER_USER = /^(git|noreply|no-reply|nobody|user|username|utilisateur|prenom\.nom|firstname\.lastname|you|your|votre|admin|root|test)@/i;

function withoutCode(text: string): string {
  return text.replace(/(```|~~~)[\s\S]*?(?:\1|$)/g, " ").replace(/`[^`\n]*`/g, " ");
}

/** Real-looking e-mail addresses written in prose or links (mailto included). */
export function emailsIn(text: string): string[] {
  const found = withoutCode(text).match(EMAIL) ?? [];
  return found.filter((address) => !PLACEHOLDER_DOMAIN.test(address) && !PLACEHOLDER_USER.test(address));
}

/** Links that lead somewhere a person can be reached or read about: web pages and mailto, not images or anchors. */
export function reachableLinks(links: readonly LinkRef[]): LinkRef[] {
  return links.filter((link) => /^(https?:|mailto:)/i.test(link.url) || (/^[^#]/.test(link.url) && /\.(md|markdown|rst|txt)$/i.test(link.url)));
}

export function sectionHasEmail(section: Section): boolean {
  return emailsIn(section.body).length > 0 || section.links.some((link) => /^mailto:/i.test(link.url) && emailsIn(link.url.slice(7)).length > 0);
}
