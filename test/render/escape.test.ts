import { describe, expect, it } from "vitest";
import { escapeMarkdownText, markdownCode } from "../../src/render/escape.js";

describe("escapeMarkdownText", () => {
  it.each([
    ["breaks @-mentions", "ping @etalab/team", "ping @\u200betalab/team"],
    ["breaks issue references", "fixes #12", "fixes \\#12"],
    ["neutralises HTML and comments", "<!-- relais --><img src=x>", "&lt;\\!\\-\\- relais \\-\\-\\>&lt;img src=x\\>"],
    ["escapes emphasis and links", "*[click](http://x)*", "\\*\\[click\\]\\(http://x\\)\\*"],
    ["folds newlines so a value cannot start a new block", "a\n# heading", "a \\# heading"],
  ])("%s", (_name, input, expected) => {
    expect(escapeMarkdownText(input)).toBe(expected);
  });
});

describe("markdownCode", () => {
  it.each([
    ["plain path", "docs/install.md", "`docs/install.md`"],
    ["a backtick inside", "a`b", "``a`b``"],
    ["backticks at the edges", "`x`", "`` `x` ``"],
    ["a list", ["a.md", "b.md"], "`a.md, b.md`"],
    ["nothing", "", ""],
  ])("%s", (_name, input, expected) => {
    expect(markdownCode(input)).toBe(expected);
  });
});
