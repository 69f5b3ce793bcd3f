/**
 * The App and the CLI give the same verdict: the same files, written to disk and read by the local
 * source, and served by the GitHub simulator and read by the GitHub source, get the same status and
 * message from every rule. Layouts are those where the two used to disagree: guides in folders no
 * list named, extension-less guides, configured paths, nested third-party projects, Org-mode and
 * plain-text READMEs, diagrams known only by their context.
 */
import { ProbotOctokit } from "probot";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseConfigText } from "../../src/config/parse.js";
import { audit } from "../../src/engine/audit.js";
import type { RepoSnapshot } from "../../src/engine/snapshot.js";
import { fetchGithubRepository } from "../../src/sources/github.js";
import { localSnapshot } from "../../src/sources/local.js";
import { MIT_LICENSE, PNG, readyFiles } from "../support/github-fixtures.js";
import { GithubSimulator, type FileValue } from "../support/github-simulator.js";
import { tempTree } from "../support/temp-dir.js";

const DESCRIPTION = "Cet outil aide les agents des affaires maritimes à préparer leurs contrôles de navires à partir des données historiques.";
const STEPS = "```sh\nnpm ci\nnpm start\n```\n";
const SOFTWARE = { "package.json": JSON.stringify({ name: "outil", license: "MIT" }), "src/index.js": "export {};\n", LICENSE: MIT_LICENSE };

const LAYOUTS: Record<string, Record<string, FileValue>> = {
  "a ready repository": readyFiles(),
  "guides in folders of their own (ops/, aide/, roadmap/) and an extension-less backend/INSTALL": {
    ...SOFTWARE,
    "README.md": `# Outil\n\n${DESCRIPTION}\n`,
    "backend/INSTALL": `Installation du serveur\n\n${STEPS}`,
    "ops/exploitation.md": "# Exploitation\n\nLa mise en production passe par le pipeline de la DSI : construire l'image, la pousser dans le registre interne, puis lancer le déploiement Ansible sur les deux serveurs de production.\n\n```sh\nansible-playbook deploy.yml\n```\n",
    "aide/faq.md": "# Guide de l'utilisateur\n\n## Rechercher un navire\n\nSaisissez l'immatriculation dans la barre de recherche, puis ouvrez la fiche du navire pour voir ses contrôles passés, les infractions relevées et les suites données par le service.\n",
    "contribuer/regles.md": "# Règles de contribution\n\nOuvrez un ticket avant toute demande de fusion, ajoutez des tests et faites relire votre code par un autre membre de l'équipe.\n",
    "notes/versions.md": "# Ce qui a changé\n\n## 1.2.0 - 2024-03-01\n\n- Export CSV\n\n## 1.1.0 - 2023-11-12\n\n- Carte des zones\n",
    "roadmap/PERSPECTIVES.md": "# Perspectives\n\n- 2025 : export des contrôles vers le système national\n- 2026 : une application mobile pour les inspecteurs en mer\n",
  },
  "configured paths pointing at a wiki export": {
    ...SOFTWARE,
    "README.md": `# Outil\n\n${DESCRIPTION}\n`,
    "wiki/Mise-en-route.md": "Voir le wiki.\n",
    "wiki/Schema.txt": "voir la page\n",
    ".github/relais.yml": "paths:\n  install-docs: [\"wiki/Mise-en-route.md\"]\n  architecture-schema: [\"wiki/Schema.txt\"]\n",
  },
  "a third-party CMS copied in, with its own licence and installation": {
    ...SOFTWARE,
    "README.md": `# Outil\n\n${DESCRIPTION}\n`,
    "cms/LICENSE": "GNU GENERAL PUBLIC LICENSE Version 2, June 1991 — the CMS's own licence.\n",
    "cms/composer.json": JSON.stringify({ name: "vendor/cms" }),
    "cms/README.md": `# CMS\n\n## Installation\n\n\`\`\`\ncomposer install\n\`\`\`\n`,
    "cms/docs/architecture.md": "# Architecture\n\n```mermaid\ngraph LR\n  Browser --> Nginx --> PHP --> MySQL\n```\n",
  },
  "components that carry the root licence (a monorepo, not third-party code)": {
    ...SOFTWARE,
    "README.md": `# Outil\n\n${DESCRIPTION}\n`,
    "api/LICENSE": MIT_LICENSE,
    "api/package.json": JSON.stringify({ name: "outil-api" }),
    "api/README.md": `# API\n\n## Installation\n\n${STEPS}`,
  },
  "an Org-mode README with set-up steps": {
    ...SOFTWARE,
    "README.org": `#+TITLE: Outil\n\n* Outil\n\n${DESCRIPTION}\n\n* Installation\n\n#+begin_src sh\nnpm ci\nnpm start\n#+end_src\n`,
  },
  "a plain-text README that sends to the INSTALL file": {
    ...SOFTWARE,
    README: `Outil\n\n${DESCRIPTION}\n\nSee the INSTALL file.\n`,
    INSTALL: `Installation\n\n${STEPS}`,
  },
  "commands right under a level-2 title, no H1": {
    ...SOFTWARE,
    "README.md": `## L'outil\n\n${DESCRIPTION}\n\n${STEPS}`,
  },
  "a schema.png that its document calls a data model, and a Mermaid graph under an unusual heading": {
    ...SOFTWARE,
    "README.md": `# Outil\n\n${DESCRIPTION}\n\n## Installation\n\n${STEPS}`,
    "docs/schema.png": PNG,
    "docs/donnees.md": "# Modèle de données\n\n![Tables de la base](schema.png)\n",
    "docs/fonctionnement.md": "# Comment ça marche\n\n```mermaid\ngraph LR\n  Navigateur --> Front --> API --> PostgreSQL\n  API --> Redis\n```\n",
  },
  "a standards document that ships one jQuery file": {
    LICENSE: MIT_LICENSE,
    "README.md": `# Référentiel\n\n${DESCRIPTION}\n`,
    "referentiel.md": "# Référentiel\n\nLe texte du standard.\n",
    "site/js/jquery-3.6.0.min.js": "/*! jQuery */\n",
  },
};

/** A snapshot under another name: the local source names it after the directory, GitHub after the repository. */
function named(snapshot: RepoSnapshot, fullName: string): RepoSnapshot {
  return { ...snapshot, metadata: { ...snapshot.metadata, fullName } };
}

/** Every rule's verdict, except repository-public, which is judged from GitHub's metadata alone. */
function verdicts(snapshot: RepoSnapshot, configText: string | undefined): Record<string, string> {
  const { config } = configText === undefined ? { config: undefined } : parseConfigText(configText, ".github/relais.yml");
  const report = audit(snapshot, config ? { config } : {});
  return Object.fromEntries(report.findings.filter((f) => f.rule !== "repository-public").map((f) => [f.rule, `${f.status} ${f.message.key}`]));
}

describe("the local source and the GitHub source give every rule the same verdict", () => {
  const simulator = new GithubSimulator();
  let octokit: InstanceType<typeof ProbotOctokit>;
  beforeAll(async () => {
    await simulator.start();
    simulator.addInstallation(1, "eig");
    octokit = new ProbotOctokit({ auth: { token: "ghs_sim_1" }, baseUrl: simulator.url, retry: { enabled: false }, throttle: { enabled: false } });
  });
  afterAll(() => simulator.stop());

  test.each(Object.entries(LAYOUTS).map(([name, files], i) => [name, files, `eig/parite-${i}`] as const))("%s", async (_name, files, fullName) => {
    const configText = typeof files[".github/relais.yml"] === "string" ? (files[".github/relais.yml"] as string) : undefined;
    const local = verdicts(named(localSnapshot(tempTree(files)), fullName), configText);

    simulator.addRepository(fullName, files);
    const [owner, repo] = fullName.split("/") as [string, string];
    const state = await fetchGithubRepository(octokit, { owner, repo, label: "relais", organisationConfig: false });
    expect(state.notFetched).toBe(0);
    const github = verdicts(state.snapshot, state.repositoryConfig?.text);

    expect(github).toEqual(local);
  });

  test("the layouts exercise the verdicts they are about", () => {
    // Guard against a parity that holds because nothing is found on either side.
    const statusOf = (files: Record<string, FileValue>, rule: string) => verdicts(named(localSnapshot(tempTree(files)), "eig/x"), undefined)[rule];
    const guides = LAYOUTS["guides in folders of their own (ops/, aide/, roadmap/) and an extension-less backend/INSTALL"]!;
    expect(statusOf(guides, "install-docs")).toMatch(/^pass/);
    expect(statusOf(guides, "deployment-docs")).toMatch(/^(pass|warn)/);
    expect(statusOf(guides, "roadmap")).toMatch(/^pass/);
    expect(statusOf(guides, "user-manual")).toMatch(/^pass/);
    expect(statusOf(guides, "contributing")).toMatch(/^pass/);
    expect(statusOf(guides, "changelog")).toMatch(/^pass/);
    expect(statusOf(LAYOUTS["an Org-mode README with set-up steps"]!, "readme")).toBe("pass readme.described");
    expect(statusOf(LAYOUTS["a standards document that ships one jQuery file"]!, "install-docs")).toBe("skip install-docs.no-software");
    const diagrams = LAYOUTS["a schema.png that its document calls a data model, and a Mermaid graph under an unusual heading"]!;
    expect(statusOf(diagrams, "architecture-schema")).toBe("pass architecture-schema.diagram-code");
  });
});
