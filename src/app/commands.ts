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
import { readTemplate, templatePath } from "../render/templates.js";
import type { GithubClient } from "../sources/github.js";

export type Command = { kind: "recheck" } | { kind: "explain"; rule: string };

const COMMAND = /^\s*\/relais\s+(recheck|explain)\b[ \t]*([^\s]*)[ \t]*$/im;

/** The first command in a comment; quoted lines (replies quoting an earlier command) do not count. */
export function parseCommand(body: string | null | undefined): Command | undefined {
  const text = (body ?? "")
    .split("\n")
    .filter((line) => !line.trimStart().startsWith(">"))
    .join("\n")
    .replace(/```[\s\S]*?```/g, "");
  const match = COMMAND.exec(text);
  if (!match) return undefined;
  return match[1]!.toLowerCase() === "recheck" ? { kind: "recheck" } : { kind: "explain", rule: (match[2] ?? "").toLowerCase() };
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
  if (texts.template && readTemplate(language, texts.template) !== undefined) lines.push("", say("report.template", { path: templatePath(language, texts.template) }));
  return lines.join("\n");
}
