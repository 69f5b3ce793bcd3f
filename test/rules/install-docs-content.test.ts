/** install-docs, judged by content: steps found wherever they are, headings that only look like set-up left out. */
import { describe, expect, it } from "vitest";
import { isInstallHeading, rule } from "../../src/engine/rules/install-docs.js";
import { CODE, runRule } from "./run-rule.js";

const INTRO = "# Outil\n\nUn outil pour les agents des affaires maritimes.\n\n";

describe("install-docs: steps wherever they are", () => {
  it("finds commands right under the title", () => {
    const readme = "# Outil\n\n```\n# Start the services\ndocker-compose up -d\n\n# Dependencies\ncomposer install\nyarn install\n```\n";
    expect(runRule(rule, { ...CODE, "README.md": readme })).toMatchObject({ status: "pass", evidence: [{ path: "README.md", heading: "Outil" }] });
  });

  it("finds commands before any heading", () => {
    expect(runRule(rule, { ...CODE, "README.md": "```sh\nnpm ci\nnpm run build\n```\n\n## Notes\n\nRien.\n" })).toMatchObject({ status: "pass", message: { key: "install-docs.steps" } });
  });

  it("finds set-up commands under a heading that names no installation", () => {
    const readme = INTRO + "## Processing\n\n```sh\npoetry install\npoetry run process --all\n```\n";
    expect(runRule(rule, { ...CODE, "README.md": readme })).toMatchObject({ status: "pass", evidence: [{ heading: "Processing" }] });
  });

  it("reads `$ make` inside a <pre> block", () => {
    const readme = INTRO + "## Build\n\n<pre>\n$ make\n$ make install\n</pre>\n";
    expect(runRule(rule, { ...CODE, "README.md": readme })).toMatchObject({ status: "pass", evidence: [{ heading: "Build" }] });
  });

  it("finds numbered set-up steps under a heading that names no installation", () => {
    const readme = INTRO + "## Server startup\n\n1. Copy `.env.template` to `.env`.\n2. Fill in the database password.\n3. Start the containers with docker.\n";
    expect(runRule(rule, { ...CODE, "README.md": readme })).toMatchObject({ status: "pass", evidence: [{ heading: "Server startup" }] });
  });

  it("does not take numbered steps for end users as installation", () => {
    const readme = INTRO + "## Rechercher un navire\n\n1. Ouvrir la carte.\n2. Saisir l'immatriculation.\n3. Cliquer sur le navire.\n";
    expect(runRule(rule, { ...CODE, "README.md": readme }).status).toBe("fail");
  });

  it.each(["Instalación", "Installazione", "Erste Schritte", "Primeros pasos"])("knows the installation heading '%s'", (heading) => {
    expect(isInstallHeading(heading)).toBe(true);
  });

  it("takes one command that brings the whole stack up, under any heading of the README", () => {
    expect(runRule(rule, { ...CODE, "README.md": INTRO + "## Docker\n\n```\ndocker compose up\n```\n" }).status).toBe("pass");
  });

  it("reads AsciiDoc listing blocks", () => {
    const adoc = "= Outil\n\nUn outil pour les agents.\n\n== Installation\n\n[source,sh]\n----\n./gradlew build\n./gradlew bootRun\n----\n";
    expect(runRule(rule, { ...CODE, "README.adoc": adoc })).toMatchObject({ status: "pass", evidence: [{ heading: "Installation" }] });
  });

  it("cites the section that installs rather than an earlier one that merely qualifies", () => {
    const readme = INTRO + "## Développement\n\nLancer `npm run dev`.\n\n## Installation\n\n```sh\nnpm ci\nnpm run build\n```\n";
    expect(runRule(rule, { ...CODE, "README.md": readme })).toMatchObject({ status: "pass", evidence: [{ heading: "Installation" }] });
  });

  it("finds steps under 'Build et tests'", () => {
    const readme = INTRO + "## Build et tests\n\n```\nmvn package\nmvn install\nmvn test\n```\n";
    expect(runRule(rule, { ...CODE, "README.md": readme }).status).toBe("pass");
  });

  it("prefers the README's set-up commands to nothing, but not a test section's", () => {
    const readme = INTRO + "## Run the tests\n\n```sh\nnpm ci\nnpm test\n```\n";
    expect(runRule(rule, { ...CODE, "README.md": readme }).status).toBe("fail");
  });
});

describe("install-docs: what only looks like set-up", () => {
  it("a heading that names a file (`run_info.json`) is not an installation heading", () => {
    expect(isInstallHeading("run_info.json")).toBe(false);
    expect(isInstallHeading("`build_config`")).toBe(false);
    expect(isInstallHeading("Run locally")).toBe(true);
  });

  it("'Premiers pas' for users of a hosted API is not an installation", () => {
    const readme = INTRO + "## Premiers pas\n\n```sh\ncurl -H 'KeyId: xxx' https://api.example.gouv.fr/v1/search?query=navire\n```\n";
    expect(runRule(rule, { ...CODE, "README.md": readme })).toMatchObject({ status: "fail", message: { key: "install-docs.no-steps" } });
  });

  it("a Sphinx toctree under 'Installation' gives no step", () => {
    const rst = "Outil\n=====\n\nInstallation\n------------\n\n.. toctree::\n   :maxdepth: 2\n\n   linux\n   windows\n";
    expect(runRule(rule, { ...CODE, "README.rst": rst })).toMatchObject({ status: "fail", message: { key: "install-docs.no-steps" } });
  });
});
