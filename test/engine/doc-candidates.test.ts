import { describe, expect, it } from "vitest";
import { isSkeleton, isWorkPlan, linkedDocuments, mainReadmes, ownProse, projectDocumentation } from "../../src/engine/doc-candidates.js";
import { parseDocument } from "../../src/engine/documents.js";
import { contextFor } from "../rules/run-rule.js";

describe("doc-candidates", () => {
  it.each([
    ["PLAN.md", true],
    ["docs/superpowers/plans/2026-01-01-ci.md", true],
    ["AGENTS.md", true],
    [".claude/commands/review.md", true],
    ["docs/plan-de-deploiement.md", false],
    ["docs/architecture.md", false],
  ])("isWorkPlan(%s) = %s", (path, expected) => {
    expect(isWorkPlan(path)).toBe(expected);
  });

  it("lists the project's documents, READMEs first, without HTML, plans or third-party docs", () => {
    const context = contextFor({
      "README.md": "", "README.fr.md": "", "PLAN.md": "", "docs/guide.md": "", "docs/index.html": "", "docs/deep/page.rst": "",
      "api/README.md": "", "cms/LICENSE": "x", "cms/package.json": "{}", "cms/README.md": "",
    });
    expect(projectDocumentation(context)).toEqual(["README.md", "README.fr.md", "api/README.md", "docs/guide.md", "docs/deep/page.rst"]);
    expect(mainReadmes(context)).toEqual(["README.md", "README.fr.md"]);
  });

  it("follows a section's links to documents that exist", () => {
    const context = contextFor({ "README.md": "## Installation\n\nSee [INSTALL](INSTALL.md), [site](https://x.org), [top](#top) and [gone](MISSING.md).\n", "INSTALL.md": "" });
    const doc = context.docs.get("README.md")!;
    expect(linkedDocuments(context, doc, doc.sections[0]!)).toEqual(["INSTALL.md"]);
  });

  it("gives a section's own prose, without badge alt texts nor sub-sections", () => {
    const doc = parseDocument("README.md", "# Title\n\n[![build](b.svg)](x)\n\nIntro text.\n\n## Sub\n\nSub text.\n", "markdown");
    expect(ownProse(doc.sections[0]!)).toEqual(["", "Intro text."]);
  });
});

describe("prose of line-based documents", () => {
  it("gives reStructuredText paragraphs with their lines, and inline literals", () => {
    const doc = parseDocument("README.rst", "Outil\n=====\n\nUn outil pour\nles agents.\n\nLancer ``make run``.\n", "rst");
    expect(doc.prose).toEqual([{ text: "Un outil pour les agents.", line: 4 }, { text: "Lancer ``make run``.", line: 7 }]);
    expect(doc.inlineCode).toEqual([{ text: "make run", line: 7 }]);
  });
});

describe("skeletons", () => {
  it.each([
    ["templates/fr/INSTALL.md", true],
    ["examples/demo/README.md", true],
    ["docs/install.md", false],
    ["src/templates.ts", false],
  ])("isSkeleton(%s) = %s", (path, expected) => {
    expect(isSkeleton(path)).toBe(expected);
  });
});
