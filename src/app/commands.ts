/**
 * Comment commands: `/relais recheck` re-audits the repository, `/relais explain RULE` answers with the
 * rule's why and how. Only people with write access are obeyed: the permission is checked with
 * `GET /repos/{owner}/{repo}/collaborators/{username}/permission`, which the metadata permission allows.
 */
import type { MessageParam, RuleId } from "../engine/types.js";
import { RULE_IDS } from "../engine/types.js";
import { findRule } from "../engine/registry.js";
import { markdownFormat } from "../render/escape.js";
import { catalogue, formatMessage, type Language } from "../render/messages/index.js";
import { readTemplate } from "../render/templates.js";
import type { GithubClient } from "../sources/github.js";

export type Command = { kind: "recheck" } | { kind: "explain"; rule: string };

/**
 * Only the start of a comment is read: a command is written at the top, and a hostile comment of
 * 65,000 blanks must cost no more than a short one (the regular expression used to take seconds on it,
 * inside the webhook handler).
 */
export const COMMAND_WINDOW = 1_000;
/** One line, anchored at both ends, no nested quantifiers: linear in a line of at most COMMAND_WINDOW characters. */
const COMMAND_LINE = /^\/relais[ \t]+(recheck|explain)(?:[ \t]+(\S+))?[ \t]*$/i;

/**
 * The first command in a comment's first COMMAND_WINDOW characters; quoted lines (replies quoting an
 * earlier command) and fenced code blocks do not count.
 */
export function parseCommand(body: string | null | undefined): Command | undefined {
  const head = (body ?? "").slice(0, COMMAND_WINDOW);
  // Cheap test first: most comments are conversation.
  if (!head.toLowerCase().includes("/relais")) return undefined;
  let fenced = false;
  for (const raw of head.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("```") || line.startsWith("~~~")) {
      fenced = !fenced;
      continue;
    }
    if (fenced || line.startsWith(">")) continue;
    const match = COMMAND_LINE.exec(line);
    if (!match) continue;
    return match[1]!.toLowerCase() === "recheck" ? { kind: "recheck" } : { kind: "explain", rule: (match[2] ?? "").toLowerCase() };
  }
  return undefined;
}

const WRITERS = new Set(["admin", "maintain", "write"]);

export async function canWrite(octokit: GithubClient, owner: string, repo: string, username: string): Promise<boolean> {
  try {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { owner, repo, username });
    return WRITERS.has(data.permission) || WRITERS.has(String((data as { role_name?: string }).role_name));
  } catch {
    // Not a collaborator (404) or any failure: not obeyed.
    return false;
  }
}

/** The answer to `/relais explain RULE`, in the repository's language. */
export function explainRule(rule: string, language: Language): string {
  const cat = catalogue(language);
  const say = (key: string, params?: Record<string, MessageParam>) => formatMessage(cat, { key, params }, markdownFormat);
  if (!findRule(rule)) return say("issue.explain-unknown", { rule: rule || "?", rules: RULE_IDS });
  const texts = cat.rules[rule as RuleId];
  const lines = [`**${say("issue.explain", { rule, title: texts.title })}**`, "", `**${say("report.why")}** ${texts.why}`, "", `**${say("report.how")}** ${texts.how}`];
  // Relais's own template path means nothing in the commenter's repository: point to `relais scaffold`.
  if (texts.template && readTemplate(language, texts.template) !== undefined) lines.push("", say("report.scaffold-hint", { rule }));
  return lines.join("\n");
}

/** A reaction on the command's comment: the commenter sees at once that Relais heard it. */
export async function acknowledgeComment(octokit: GithubClient, owner: string, repo: string, commentId: number): Promise<void> {
  await octokit.request("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", { owner, repo, comment_id: commentId, content: "eyes" });
}
