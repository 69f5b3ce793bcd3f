import { describe, expect, it } from "vitest";
import { hasSoftware, isOwnSource } from "../../src/engine/software.js";
import { contextFor } from "../rules/run-rule.js";

describe("hasSoftware", () => {
  it.each([
    ["js/jquery-3.6.0.min.js", false],
    ["assets/js/bootstrap.bundle.js", false],
    ["docs/_static/searchtools.js", false],
    ["lib/d3.v7.js", false],
    ["src/carte.js", true],
    ["app/chart.py", true],
  ])("%s is the project's own source: %s", (path, own) => {
    expect(isOwnSource(path)).toBe(own);
  });

  it("a standards document that ships one jQuery file holds no software", () => {
    expect(hasSoftware(contextFor({ "README.md": "# Référentiel\n", "referentiel.md": "# Texte\n", "site/js/jquery.min.js": "/*! jQuery */" }))).toBe(false);
  });

  it("a repository with a script of its own does", () => {
    expect(hasSoftware(contextFor({ "README.md": "# Outil\n", "site/js/jquery.min.js": "", "site/js/carte.js": "export {};" }))).toBe(true);
  });
});
