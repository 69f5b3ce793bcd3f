import { describe, expect, it } from "vitest";
import { rule } from "../../src/engine/rules/readme.js";
import { CODE, expectOutcome, runRule } from "./run-rule.js";

const DESCRIPTION_FR = "Cet outil aide les agents des affaires maritimes à préparer leurs contrôles de navires à partir des données historiques.";
const DESCRIPTION_EN = "This tool helps maritime affairs officers plan their ship inspections from the history of past controls.";
const INSTALL = "## Installation\n\n```sh\nnpm ci\nnpm start\n```\n";

describe("readme", () => {
  it.each([
    ["a description under the title, then installation", { "README.md": `# Outil\n\n${DESCRIPTION_FR}\n\n${INSTALL}` }, "pass", "readme.described"],
    ["a description before any heading (logo, then prose)", { "README.md": `<img src="logo.svg"/>\n\n${DESCRIPTION_EN}\n\n${INSTALL}` }, "pass", "readme.described"],
    ["a description in a 'Contexte du projet' section", { "README.md": `# Outil\n\n## Contexte du projet\n\n${DESCRIPTION_FR}\n\n${INSTALL}` }, "pass", "readme.described"],
    ["a description in a blockquote and emoji headings", { "README.md": `# Outil\n\n> ${DESCRIPTION_FR}\n\n## 🚀 Démarrage rapide\n\n\`make up\`\n` }, "pass", "readme.described"],
    ["a centred HTML introduction", { "README.md": `<h1 align="center">Outil</h1>\n<p align="center">${DESCRIPTION_FR}</p>\n\n${INSTALL}` }, "pass", "readme.described"],
    ["lowercase readme.md", { "readme.md": `# Outil\n\n${DESCRIPTION_FR}\n\n${INSTALL}` }, "pass", "readme.described"],
    ["reStructuredText README", { "README.rst": `Outil\n=====\n\n${DESCRIPTION_FR}\n\nInstallation\n------------\n\n::\n\n    pip install -r requirements.txt\n` }, "pass", "readme.described"],
    ["a runbook that never says what the project is", { "README.md": `# Outil\n\n## Connexion au serveur\n\nL'accès se fait via le bastion.\n\n${INSTALL}` }, "fail", "readme.runbook"],
    ["a title and badges only", { "README.md": "# Outil [![build](https://travis-ci.org/x/y.svg)](https://travis-ci.org/x/y)\n\n[![a](https://img.shields.io/a)](x) [![b](https://img.shields.io/b)](y) [![c](https://img.shields.io/c)](z)\n" }, "fail", "readme.thin"],
    ["a generator's text", { "README.md": "# my-app\n\nThis project was bootstrapped with [Create React App](https://github.com/facebook/create-react-app).\n\n## Available Scripts\n\n`npm start`\n" }, "fail", "readme.template"],
    ["a skeleton nobody filled in", { "README.md": "# [Nom du projet]\n\n[Nom du projet] permet à [qui : les agents] de [faire quoi] sans [la difficulté d'avant].\n\n" + INSTALL }, "fail", "readme.template"],
    ["links are not prose", { "README.md": "# Outil\n\nPrésentation : https://example.org/un/tres/long/lien/vers/la/presentation/du/projet\n\n" + INSTALL }, "fail", "readme.runbook"],
    ["describes but never says how to install or use", { "README.md": `# Outil\n\n${DESCRIPTION_FR}\n\n## Notice\n\nLicence MIT.\n` }, "fail", "readme.no-usage"],
    ["describes and links to a document of the repository", { "README.md": `# Outil\n\n${DESCRIPTION_FR} Voir [le guide](docs/guide.md).\n`, "docs/guide.md": "# Guide\n" }, "pass", "readme.described"],
  ])("%s", (_name, files, status, key) => {
    expectOutcome(rule, files, { status, key });
  });

  it("counts a link to the documentation site as a way in", () => {
    expect(runRule(rule, { ...CODE, "README.md": `# Outil\n\n${DESCRIPTION_FR}\n\nDocumentation : https://outil.example.gouv.fr/docs\n` }).status).toBe("pass");
  });

  it("only advises when the README says nothing of use but installation steps exist elsewhere", () => {
    const files = { ...CODE, "README.md": `# Outil\n\n${DESCRIPTION_FR}\n`, "INSTALL.md": "# Installation\n\n```sh\nnpm ci\nnpm start\n```\n" };
    expect(runRule(rule, files)).toMatchObject({ status: "warn", message: { key: "readme.no-usage" } });
  });

  it("asks nothing more than a description of a repository without software", () => {
    expect(runRule(rule, { "readme.md": `# Défi\n\n${DESCRIPTION_FR}\n`, "maquette.png": "" }).status).toBe("pass");
  });

  it("judges each README of a bilingual pair and keeps the best", () => {
    const outcome = runRule(rule, { ...CODE, "README.md": "**EN** | [FR](README.fr.md)\n", "README.fr.md": `# Outil\n\n${DESCRIPTION_FR}\n\n${INSTALL}` });
    expect(outcome).toMatchObject({ status: "pass", evidence: [{ path: "README.fr.md" }] });
  });

  it("falls back to .github/README.md when the root has none", () => {
    expect(runRule(rule, { ...CODE, ".github/README.md": `# Outil\n\n${DESCRIPTION_FR}\n\n${INSTALL}` }).status).toBe("pass");
  });

  it("fails without a README, and on one it cannot read", () => {
    expect(runRule(rule, CODE).message.key).toBe("readme.missing");
    expect(runRule(rule, { ...CODE, "README.md": { state: "binary", size: 10 } })).toMatchObject({ status: "fail", message: { key: "readme.unreadable" } });
  });
});
