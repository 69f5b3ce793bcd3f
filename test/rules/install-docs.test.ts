import { describe, expect, it } from "vitest";
import { isInstallHeading, rule } from "../../src/engine/rules/install-docs.js";
import { CODE, expectOutcome, runRule } from "./run-rule.js";

const README = (body: string) => `# Outil\n\nUn outil pour les agents.\n\n${body}`;

describe("install-docs", () => {
  it.each([
    ["an INSTALL.md with commands", { "INSTALL.md": "# Installation guide\n\n```bash\nyarn install\nyarn start\n```\n" }, "install-docs.file", "INSTALL.md"],
    ["an INSTALL.txt in prose only", { "INSTALL.txt": "Copy the archive to the server, unpack it in the web root, then open the administration page and follow the wizard to connect the database. Ask the operations team for the credentials of the production database before you start." }, "install-docs.file", "INSTALL.txt"],
    ["a French 'Démarrage rapide' section with an emoji", { "README.md": README("## 🚀 Démarrage rapide\n\n```sh\ndocker compose up\n```\n") }, "install-docs.section", "README.md"],
    ["a 'Mise en place' section with numbered steps", { "README.md": README("## Mise en place\n\n1. Copier `.env.example` en `.env`\n2. Renseigner la base de données\n") }, "install-docs.section", "README.md"],
    ["a 'Développement' section with an inline command", { "README.md": README("## Développement\n\nLancer `npm run dev` puis ouvrir le navigateur.\n") }, "install-docs.section", "README.md"],
    ["a 'Getting started' section of a sub-folder README (monorepo)", { "README.md": README("## Projets\n\nVoir chaque paquet.\n"), "packages/api/README.md": "# API\n\n## Getting started\n\n```\nnpm ci\n```\n" }, "install-docs.section", "packages/api/README.md"],
    ["steps kept in docs/", { "README.md": README(""), "docs/setup.md": "# Setup\n\n```sh\npoetry install\n```\n" }, "install-docs.file", "docs/setup.md"],
    ["an 'Installation' section that links to INSTALL.md elsewhere", { "README.md": README("## Installation\n\nVoir [la procédure](doc/procedure.md).\n"), "doc/procedure.md": "# Procédure\n\n```sh\nmake install\n```\n" }, "install-docs.linked", "README.md"],
    ["a 'Usage' section that runs the project", { "README.md": README("## Usage\n\n```sh\ngit clone https://example.org/outil\nmake run\n```\n") }, "install-docs.section", "README.md"],
    ["an unclosed fence still holds the commands", { "README.md": README("## Installation\n\n```\nsudo make install\n") }, "install-docs.section", "README.md"],
  ])("passes on %s", (_name, files, key, path) => {
    expectOutcome(rule, files, { status: "pass", key, path });
  });

  it.each([
    ["no documentation at all", {}, "install-docs.missing"],
    ["an installation heading inside a code fence", { "README.md": README("```md\n## Installation\n\nnpm ci\n```\n") }, "install-docs.missing"],
    ["a docs-theme 'Installation' page left over from a template", { "README.md": README(""), "docs/installation.md": "# Installation\nCe thème fonctionne avec VuePress.\n\n```bash\nyarn add vuepress-theme-gouv-fr\n```\n" }, "install-docs.foreign"],
    ["an 'Installation' section without any step", { "README.md": README("## Installation\n\nÀ venir.\n") }, "install-docs.no-steps"],
    ["a 'Docker' section that builds a documentation container", { "README.md": README(""), "opendata/README.md": "# Open data\n\n## Docker\n\n```sh\ndocker build -t doc .\n```\n" }, "install-docs.missing"],
    ["the docs of a third-party project copied in (own licence and manifest)", { "README.md": README(""), "cms/LICENSE": "MIT, someone else", "cms/composer.json": "{}", "cms/README.md": "# CMS\n\n## Installation\n\n```\ncomposer install\n```\n" }, "install-docs.missing"],
    ["vendored documentation", { "README.md": README(""), "node_modules/x/README.md": "## Install\n\n```\nnpm i x\n```\n" }, "install-docs.missing"],
    ["a skeleton INSTALL.md to copy, under templates/", { "README.md": README(""), "templates/fr/INSTALL.md": "# Installation\n\n```sh\nnpm ci\n```\n" }, "install-docs.missing"],
    ["a dependency list whose name says build", { "README.md": README(""), "requirements-build.txt": "flask==2.0\ngunicorn==20.1\n" }, "install-docs.missing"],
    ["a 'Run the tests' section", { "README.md": README("## Run the tests\n\n```sh\nnpm test\n```\n") }, "install-docs.missing"],
  ])("fails on %s", (_name, files, key) => {
    expectOutcome(rule, files, { status: "fail", key });
  });

  it("counts an install page of a library when the package it installs is the project", () => {
    const outcome = runRule(rule, { ...CODE, "docs/installation.md": "# Installation\n\n```bash\npip install django-dsfr\n```\n" }, { fullName: "numerique-gouv/django-dsfr" });
    expect(outcome.status).toBe("pass");
  });

  it("skips a repository without software: nothing to install", () => {
    expect(runRule(rule, { "readme.md": "# Défi\n", "maquette.png": "" }).status).toBe("skip");
  });

  it("takes the configured paths first", () => {
    expect(runRule(rule, { ...CODE, "wiki/Mise-en-route.md": "x" }, { paths: ["wiki/*.md"] })).toMatchObject({ status: "pass", message: { key: "install-docs.configured" } });
  });

  it.each([
    ["Installation et exécution", true],
    ["🚀 Launch the app", true],
    ["Setup project for development", true],
    ["Airflow en local", true],
    ["Prise en main", true],
    ["Déployer", true],
    ["Run tests", false],
    ["Build status", false],
    ["Release an official version", false],
    ["Licence", false],
  ])("heading %s → %s", (heading, expected) => {
    expect(isInstallHeading(heading)).toBe(expected);
  });
});
