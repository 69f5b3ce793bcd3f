import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/engine/documents.js";
import { parseMarkdownTree, textOf } from "../../src/engine/markdown.js";

const doc = (text: string) => parseDocument("README.md", text, "markdown");

// The tree must read as mdast-util-from-markdown's did (documents.ts was written against it): these
// are the places where markdown-it's own tokens differ from mdast and the tree rebuilds mdast's view.
describe("parseMarkdownTree", () => {
  it("gives inline nodes the line they start on, not their paragraph's", () => {
    const { links, images, inlineCode } = doc("Intro\nsee [the guide](docs/guide.md) and\n`npm ci` then\n![plan](archi.png)\n");
    expect(links).toEqual([{ text: "the guide", url: "docs/guide.md", line: 2 }]);
    expect(inlineCode).toEqual([{ text: "npm ci", line: 3 }]);
    expect(images).toEqual([{ alt: "plan", url: "archi.png", line: 4 }]);
  });

  it("keeps links by reference apart, and names images by reference by their label", () => {
    const { links, images } = doc("[Guide][g] and [inline](a.md)\n\n![Schéma][Archi  Plan]\n\n[g]: docs/guide.md\n[archi plan]: archi.png\n");
    expect(links.map((link) => link.url)).toEqual(["a.md"]);
    expect(images).toEqual([{ alt: "Schéma", url: "archi plan", line: 3 }]);
  });

  it("keeps URLs as written: not percent-encoded, not rejected", () => {
    expect(doc("[doc](docs/démarrage.md) [x](javascript:void)\n").links.map((link) => link.url)).toEqual(["docs/démarrage.md", "javascript:void"]);
  });

  it("keeps line endings inside code spans and strips one padding space", () => {
    expect(doc("run `` npm\nci `` now\n").inlineCode).toEqual([{ text: "npm\nci", line: 1 }]);
  });

  it("gives fenced code its language (first word, escapes decoded) and its text without the last newline", () => {
    expect(doc("``` sh\\+x extra\nnpm ci\n```\n\n    indented\n").codeBlocks).toEqual([
      { lang: "sh+x", value: "npm ci", line: 1 },
      { lang: null, value: "indented", line: 5 },
    ]);
  });

  it("reads a heading after a byte order mark", () => {
    expect(doc("\ufeff# Titre\n").headings).toEqual([{ depth: 1, text: "Titre", line: 1 }]);
  });

  it("gives CRLF files their line endings back in values", () => {
    const parsed = doc("# T\r\n\r\nline one\r\nline two\r\n\r\n```\r\na\r\nb\r\n```\r\n");
    expect(parsed.paragraphs).toEqual(["line one\r\nline two"]);
    expect(parsed.codeBlocks[0]!.value).toBe("a\r\nb");
  });

  it("takes up to three columns of indentation off continued inline HTML", () => {
    const [paragraph] = parseMarkdownTree('a <img\n      alt="x"> b\n');
    expect(textOf(paragraph!)).toBe('a <img\n   alt="x"> b');
  });

  it("counts list items and reads text through emphasis, images and hard breaks", () => {
    const parsed = doc("1. *one*\n2. **two** ![i](i.png)\n3. three  \n   four\n");
    expect(parsed.orderedItems).toBe(3);
    expect(parsed.paragraphs).toEqual(["one", "two i", "threefour"]);
    expect(parsed.prose.map((p) => p.text)).toEqual(["one", "two ", "threefour"]);
  });

  it("goes deeper than markdown-it's default nesting limit", () => {
    expect(doc(`${"> ".repeat(30)}# Deep\n`).headings).toEqual([]);
    expect(doc(`${"> ".repeat(30)}text\n\n# After\n`).headings).toEqual([{ depth: 1, text: "After", line: 3 }]);
  });
});
