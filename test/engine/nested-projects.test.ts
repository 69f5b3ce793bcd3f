import { describe, expect, it } from "vitest";
import { nestedProjects } from "../../src/engine/nested-projects.js";
import { hasSoftware } from "../../src/engine/software.js";
import { contextFor } from "../rules/run-rule.js";

const roots = (files: Record<string, string>) => nestedProjects(contextFor(files)).roots;

describe("nestedProjects", () => {
  it.each([
    ["a CMS bundled with its licence and manifest", { "LICENSE": "MIT us", "october/LICENSE": "MIT them", "october/composer.json": "{}", "october/modules/x/composer.json": "{}" }, ["october"]],
    ["a copied stack with its licence and CI file", { "elk/LICENSE": "MIT them", "elk/.travis.yml": "", "elk/README.md": "" }, ["elk"]],
    ["a nested repository with its own .github", { "tools/slides/LICENSE": "x", "tools/slides/.github/workflows/ci.yml": "" }, ["tools/slides"]],
    ["monorepo packages with their own licences", { "packages/ui/LICENCE": "LGPL", "packages/ui/package.json": "{}", "packages/api/LICENSE": "LGPL", "packages/api/package.json": "{}" }, []],
    ["a third-party project deeper inside a package", { "packages/website/slides/LICENSE": "MIT", "packages/website/slides/package.json": "{}" }, ["packages/website/slides"]],
    ["declared workspaces", { "package.json": JSON.stringify({ workspaces: ["front", "back"] }), "front/LICENSE": "x", "front/package.json": "{}" }, []],
    ["pnpm workspaces", { "pnpm-workspace.yaml": "packages:\n  - 'web/*'\n", "web/app/LICENSE": "x", "web/app/package.json": "{}" }, []],
    ["a component carrying the root licence text", { "LICENSE": "MIT  licence\nof us", "backend/LICENSE": "MIT licence of us", "backend/package.json": "{}" }, []],
    ["a sub-folder licence without a manifest (a data licence)", { "data/LICENSE": "ODbL", "data/file.csv": "" }, []],
    ["a malformed package.json", { "package.json": "{not json", "lib/LICENSE": "x", "lib/package.json": "{}" }, ["lib"]],
  ])("%s", (_name, files, expected) => {
    expect(roots(files)).toEqual(expected);
  });

  it("leaves the files of third-party projects out of the project's files", () => {
    const found = nestedProjects(contextFor({ "README.md": "", "cms/LICENSE": "x", "cms/composer.json": "{}", "cms/docs/install.md": "" }));
    expect(found.files).toEqual(["README.md"]);
  });
});

describe("hasSoftware", () => {
  it.each([
    ["source code", { "src/main.py": "" }, true],
    ["a build file", { "Makefile": "" }, true],
    ["documents and mock-ups only", { "readme.md": "", "maquette.png": "", "notes.xmind": "" }, false],
    ["code only in test fixtures", { "readme.md": "", "test/fixtures/app.js": "" }, false],
  ])("%s → %s", (_name, files, expected) => {
    expect(hasSoftware(contextFor(files))).toBe(expected);
  });
});
