import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/engine/documents.js";
import { normaliseHeading } from "../../src/engine/locate.js";

const headings = (text: string, format: "markdown" | "rst" | "asciidoc" = "markdown") => parseDocument("x", text, format).headings.map((h) => [h.depth, h.text, h.line]);

describe("parseDocument (Markdown)", () => {
  it("keeps headings verbatim, emoji and punctuation included", () => {
    expect(headings("# 🚀 Démarrage rapide\n\ntext\n\n## Installation :\n")).toEqual([[1, "🚀 Démarrage rapide", 1], [2, "Installation :", 5]]);
  });

  it("ignores # lines inside code fences", () => {
    expect(headings("# Real\n\n```sh\n# install deps\nnpm ci\n```\n\n## After\n")).toEqual([[1, "Real", 1], [2, "After", 8]]);
  });

  it("follows CommonMark: an unclosed fence runs to the end of the file", () => {
    expect(headings("## Développer\n\n```\nmake dev\n\n## Déployer\n\nmake deploy\n")).toEqual([[2, "Développer", 1]]);
  });

  it("reads setext headings and HTML headings of centred READMEs", () => {
    expect(headings('Title\n=====\n\n<h2 align="center">Installation</h2>\n')).toEqual([[1, "Title", 1], [2, "Installation", 4]]);
  });

  it("gives each section its code blocks, images, ordered steps and sub-sections", () => {
    const doc = parseDocument("README.md", "# App\n\nIntro.\n\n## Install\n\n1. Clone\n2. Run:\n\n```sh\nnpm ci\n```\n\n### Docker\n\n![schéma](docs/archi.png)\n\n## Licence\n\nMIT\n", "markdown");
    const install = doc.sections.find((s) => s.heading?.text === "Install")!;
    expect(install.orderedItems).toBe(2);
    expect(install.codeBlocks.map((c) => c.value)).toEqual(["npm ci"]);
    expect(install.images).toEqual([{ alt: "schéma", url: "docs/archi.png", line: 16 }]);
    expect(install.endLine).toBe(17);
    expect(doc.sections.find((s) => s.heading?.text === "Licence")!.images).toEqual([]);
  });

  it("finds <img> tags with their alt text", () => {
    expect(parseDocument("a.md", '<p align="center"><img src="archi.svg" alt="Architecture"></p>\n', "markdown").images).toEqual([{ alt: "Architecture", url: "archi.svg", line: 1 }]);
  });
});

describe("parseDocument (reStructuredText, AsciiDoc)", () => {
  it("reads underlined rST headings, deeper for each new underline character", () => {
    expect(headings("Project\n=======\n\nInstallation\n------------\n\nUsage\n-----\n", "rst")).toEqual([[1, "Project", 1], [2, "Installation", 4], [2, "Usage", 7]]);
  });

  it("reads AsciiDoc headings", () => {
    expect(headings("= Guide\n\n== Mise en place\n", "asciidoc")).toEqual([[1, "Guide", 1], [2, "Mise en place", 3]]);
  });
});

describe("normaliseHeading", () => {
  it.each([
    ["🚀 Démarrage rapide", "demarrage rapide"],
    ["🏗️ Architecture (vue d’ensemble)", "architecture vue d ensemble"],
    ["Installation :", "installation"],
    ["INSTALL", "install"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseHeading(input)).toBe(expected);
  });
});
