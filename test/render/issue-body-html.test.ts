/**
 * Every issue body the fixtures produce, rendered as GitHub renders Markdown (CommonMark with raw
 * HTML allowed, markdown-it here) and read back as HTML: no tag shown as text, no literal backtick
 * in a <summary>, no list item turned into text by a neighbouring <details>.
 */
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import { parse, type HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { loadConfigFile } from "../../src/config/load-file.js";
import { audit } from "../../src/engine/audit.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { projectFacts } from "../../src/render/project-facts.js";
import { PACKAGE_ROOT } from "../../src/render/templates.js";
import { localSnapshot } from "../../src/sources/local.js";
import { tempTree } from "../support/temp-dir.js";

const gfm = new MarkdownIt({ html: true, linkify: true });

const trees: Record<string, () => string> = {
  "fixtures/defi-exemple": () => join(PACKAGE_ROOT, "fixtures", "defi-exemple"),
  "an empty README": () => tempTree({ "README.md": "# x\n" }),
  "warnings and hostile names": () =>
    tempTree({
      "README.md": "# Outil `<b>` @team\n\nUn outil pour les agents qui instruisent les demandes de subvention des associations du département.\n\n## Architecture\n\nUne API et une base PostgreSQL, reliées par une file de messages.\n",
      "LICENSE": "Licence Ouverte / Open Licence version 2.0\n",
      "Dockerfile": "FROM node:20\n",
      "publiccode.yml": "name: [broken\n",
      "data/communes.csv": "code,nom\n01001,L'Abergement\n",
      "docs/<script>.md": "# `notes`\n",
    }),
  "a configuration problem": () => tempTree({ "README.md": "# Projet\n\nUn outil pour les agents.\n", ".github/relais.yml": "langage: en\nrules:\n  readme: mandatory\n" }),
};

function bodies(): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, make] of Object.entries(trees)) {
    const dir = make();
    const snapshot = localSnapshot(dir);
    const { config, problems } = loadConfigFile(dir);
    const report = audit(snapshot, { config, configProblems: problems });
    for (const language of ["fr", "en"] as const) out.push([`${name} (${language})`, renderMarkdown(report, { language, commands: true, reminders: true, project: projectFacts(snapshot, report) })]);
  }
  return out;
}

/** Text outside code: where a tag or a list marker shown as text would be a rendering defect. */
function proseTexts(root: HTMLElement): string[] {
  const texts: string[] = [];
  const walk = (node: HTMLElement) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) texts.push(child.rawText);
      else if (child instanceof Object && "tagName" in child && !["CODE", "PRE"].includes((child as HTMLElement).tagName)) walk(child as HTMLElement);
    }
  };
  walk(root);
  return texts;
}

describe("issue bodies rendered as GitHub renders them", () => {
  it.each(bodies())("%s", (_, body) => {
    const root = parse(gfm.render(body));
    const texts = proseTexts(root);
    // Raw HTML shown as text (an HTML block swallowed, or a tag escaped by mistake).
    for (const text of texts) expect(text).not.toMatch(/&lt;\/?(details|summary)|<\/?(details|summary)/);
    // A list item that became text: a line starting with a list marker inside a paragraph or an HTML block.
    for (const text of texts) expect(text).not.toMatch(/(^|\n)\s*- (\[[ x]\] )?\S/);
    for (const summary of root.querySelectorAll("summary")) {
      expect(summary.text).not.toContain("`");
      expect(summary.text.trim()).not.toMatch(/[:,]$|par exemple$|for example$/);
    }
    // Every <details> opened is closed, and each holds something.
    expect(root.querySelectorAll("details").every((details) => details.querySelector("summary") && details.text.trim().length > 0)).toBe(true);
    expect((body.match(/<details>/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length);
    // Every task is a list item, ticked or not, in a list.
    const tasks = body.match(/^- \[[ x]\] /gm) ?? [];
    expect(root.querySelectorAll("li").filter((li) => /^\s*\[[ x]\] /.test(li.text)).length).toBeGreaterThanOrEqual(tasks.length);
  });
});
