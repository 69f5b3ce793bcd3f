import { describe, expect, it } from "vitest";
import { FileIndex } from "../../src/engine/file-index.js";
import { classifyDiagramFile, join, resolveImage } from "../../src/engine/images.js";

describe("classifyDiagramFile", () => {
  it.each([
    ["docs/architecture.png", "architecture"],
    ["docs/.vuepress/public/archi_prod.png", "architecture"],
    ["dat/Enki_ArchiApplicative.png", "architecture"],
    ["docs/oc-app-schema.svg", "architecture"],
    ["docs/infra.drawio", "architecture"],
    ["docs/diagrams/flows.png", "architecture"],
    ["docs/schema-bdd.png", "data-model"],
    ["docs/diagram-classes.png", "data-model"],
    ["docs/mcd.png", "data-model"],
    ["docs/logo-excalidraw.svg", "picture"],
    ["docs/screenshots/architecture.png", "picture"],
    ["docs/capture-ecran.png", "picture"],
    ["assets/archifiltre.svg", "unknown"],
    ["opendata/uml/uml.png", "unknown"],
  ])("%s → %s", (path, kind) => {
    expect(classifyDiagramFile(path)).toBe(kind);
  });
});

describe("resolveImage", () => {
  const files = new FileIndex(["docs/img/a.png", "docs/.vuepress/public/b.png", "static/c.png", "Root.PNG"]);
  it.each([
    ["docs/guide.md", "img/a.png", { kind: "file", path: "docs/img/a.png" }],
    ["docs/guide.md", "./img/a.png?raw=true", { kind: "file", path: "docs/img/a.png" }],
    ["README.md", "docs/img/a.png", { kind: "file", path: "docs/img/a.png" }],
    ["docs/sub/page.md", "../img/a.png", { kind: "file", path: "docs/img/a.png" }],
    ["docs/cadrage.md", "b.png", { kind: "file", path: "docs/.vuepress/public/b.png" }],
    ["docs/cadrage.md", "/b.png", { kind: "file", path: "docs/.vuepress/public/b.png" }],
    ["content/page.md", "/c.png", { kind: "file", path: "static/c.png" }],
    ["README.md", "root.png", { kind: "file", path: "Root.PNG" }],
    ["README.md", "https://raw.githubusercontent.com/o/r/main/docs/img/a.png", { kind: "file", path: "docs/img/a.png" }],
    ["README.md", "https://github.com/o/r/blob/main/docs/img/a.png?raw=true", { kind: "file", path: "docs/img/a.png" }],
    ["README.md", "https://img.shields.io/badge/x-y-blue", { kind: "badge", url: "https://img.shields.io/badge/x-y-blue" }],
    ["README.md", "https://pad.example.org/uploads/x.png", { kind: "remote", url: "https://pad.example.org/uploads/x.png" }],
    ["README.md", "../outside.png", { kind: "missing", url: "../outside.png" }],
  ])("%s + %s", (doc, url, expected) => {
    expect(resolveImage(files, doc, url)).toEqual(expected);
  });

  it("joins paths without climbing above the root", () => {
    expect(join("a/b", "../c/./d")).toBe("a/c/d");
    expect(join("", "../x").startsWith("../")).toBe(true);
  });
});
