/** readme, judged by content: descriptions found wherever they are, steps, pointers and archive notices told apart. */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/engine/rules/readme.js";
import { CODE, runRule } from "./run-rule.js";

const STEPS = "## Installation\n\n```sh\nnpm ci\nnpm start\n```\n";

describe("readme: descriptions wherever they are", () => {
  it.each([
    ["under a heading the old vocabulary did not know", `# Cartomer\n\n## What does it do?\n\nCartomer draws the fishing zones of the French coast from the official decrees, so that inspectors see at a glance where a vessel may fish.\n\n${STEPS}`],
    ["under a level-2 title, with no level-1 heading", `## L'API Cartomer\n\nL'API Cartomer publie les zones de pêche réglementées du littoral, mises à jour à chaque nouvel arrêté préfectoral.\n\n## Conditions d'utilisation\n\nLicence ouverte.\n\n${STEPS}`],
    ["a short tagline followed by a feature list", `# Cartomer\n\nFishing zones for inspectors.\n\n## Features\n\n* Draws every regulated zone of the coast from the official decrees\n* Warns when a vessel's position falls inside a closed area\n\n${STEPS}`],
    ["with no title at all", `Cartomer draws the fishing zones of the French coast from the official decrees, for the inspectors of the maritime affairs.\n\n${STEPS}`],
    ["under 'Le besoin'", `# Cartomer\n\n## Le besoin\n\nLes inspecteurs des pêches suivent aujourd'hui les zones réglementées dans des tableurs partagés entre directions.\n\n${STEPS}`],
    ["in Spanish", `# Cartomer\n\n## Descripción\n\nCartomer es una aplicación web que ayuda a los inspectores a preparar sus controles de buques pesqueros.\n\n${STEPS}`],
    ["in Italian", `# Cartomer\n\n## Descrizione\n\nCartomer disegna le zone di pesca della costa a partire dai decreti ufficiali, per gli ispettori degli affari marittimi.\n\n## Installazione\n\n\`\`\`sh\nnpm ci\n\`\`\`\n`],
    ["a first section named after the project, under the title", `# Cartomer\n\n## Cartomer en bref\n\nCartomer dessine les zones de pêche du littoral à partir des arrêtés officiels, pour les inspecteurs des affaires maritimes.\n\n${STEPS}`],
  ])("passes a description %s", (_name, readme) => {
    expect(runRule(rule, { ...CODE, "README.md": readme }, { fullName: "eig/cartomer" })).toMatchObject({ status: "pass", message: { key: "readme.described" } });
  });

  it("reads an Org-mode README", () => {
    const org = "#+TITLE: Cartomer\n\n* Cartomer\n\nCartomer dessine les zones de pêche du littoral à partir des arrêtés officiels, pour les inspecteurs.\n\n* Installation\n\n#+begin_src sh\nnpm ci\n#+end_src\n";
    expect(runRule(rule, { ...CODE, "README.org": org })).toMatchObject({ status: "pass", message: { key: "readme.described" } });
  });

  it("reads a plain-text README", () => {
    const text = "Cartomer\n\nCartomer dessine les zones de pêche du littoral à partir des arrêtés officiels, pour les inspecteurs.\n\nInstallation : lancer `npm ci` puis `npm start`.\n";
    expect(runRule(rule, { ...CODE, README: text }).status).toBe("pass");
  });
});

describe("readme: sentences that do not describe", () => {
  it.each([
    ["the first step of a runbook", "# Cartomer\n\nVoici la marche à suivre pour faire tourner l'application sur votre machine, depuis un poste de développement neuf !\n\n" + STEPS],
    ["prerequisites", "# Cartomer\n\nPré-requis : pour faire tourner l'application sur votre ordinateur, vous devez installer node et npm ainsi que Java.\n\n" + STEPS],
    ["an archive notice", "# Cartomer\n\nThis project is no longer maintained and has been replaced by the national fishing zones service of the ministry.\n\n" + STEPS],
    ["a pointer to another repository", "# Cartomer\n\nPlease refer to the new repository of the team, where the whole application has been rewritten and is maintained.\n\n" + STEPS],
    ["a sentence about where the documentation is", "# Cartomer\n\nLa documentation complète est disponible sur le site de l'équipe, avec tous les guides et les notes de version.\n\n" + STEPS],
  ])("fails %s", (_name, readme) => {
    expect(runRule(rule, { ...CODE, "README.md": readme }).status).toBe("fail");
  });

  it("numbered steps under the title are a procedure, however long", () => {
    const readme = "### Server startup\n\n1. Copy the environment template next to the compose file and rename the copy so that the server reads it.\n2. Fill in the variables with the credentials given by the operations team of the directorate.\n\n" + STEPS;
    expect(runRule(rule, { ...CODE, "README.md": readme }).status).toBe("fail");
  });

  it("a generator's sentence before the first heading keeps that heading from being a title", () => {
    const readme = "This project was bootstrapped with [Create React App](https://github.com/facebook/create-react-app).\n\n## Available Scripts\n\n### `npm start`\n\nRuns the app in the development mode and reloads the page whenever you make edits to the sources.\n";
    expect(runRule(rule, { ...CODE, "README.md": readme })).toMatchObject({ status: "fail", message: { key: "readme.template" } });
  });

  it("does not take a first section named for something else for a description", () => {
    const readme = "<img src=\"logo.svg\"/>\n\n## Documentation\n\nLa source en markdown est dans le dossier docs, et la documentation est mise à jour à chaque changement poussé sur la branche principale.\n\n" + STEPS;
    expect(runRule(rule, { ...CODE, "README.md": readme }).status).toBe("fail");
  });
});
