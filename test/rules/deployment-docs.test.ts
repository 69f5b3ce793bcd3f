import { describe, expect, it } from "vitest";
import { rule } from "../../src/engine/rules/deployment-docs.js";
import { CODE, expectOutcome, runRule } from "./run-rule.js";

const GUIDE = "# Déploiement\n\n1. Construire l'archive\n2. La copier sur le serveur de la DSI\n3. Vérifier les journaux\n";

describe("deployment-docs", () => {
  it.each([
    ["a Deploiement.md guide", { "Deploiement.md": GUIDE + "La procédure est exécutée par l'équipe d'exploitation à chaque version, après validation en recette." }, "pass", "deployment-docs.guide"],
    ["docs/exploitation.md", { "docs/exploitation.md": "# Exploitation\n\nSauvegardes quotidiennes de la base, supervision par la DSI, rotation des journaux chaque semaine et procédure de reprise après incident, décrite pas à pas pour l'astreinte." }, "pass", "deployment-docs.guide"],
    ["a 'Mise en production' section with commands", { "README.md": "# Outil\n\n## Mise en production\n\n```sh\nmake deploy-prod\n```\n" }, "pass", "deployment-docs.section"],
    ["a 'Deployment' section in English", { "README.md": "# Tool\n\n## Deployment\n\n```sh\nhelm upgrade --install tool ./chart\n```\n", "chart/Chart.yaml": "" }, "pass", "deployment-docs.section"],
    ["descriptors without a guide", { "Dockerfile": "FROM node", "docker-compose.yml": "", "k8s/deployment.yaml": "" }, "warn", "deployment-docs.descriptors-only"],
    ["an Ansible playbook alone", { "ansible/deploy_app.yml": "" }, "warn", "deployment-docs.descriptors-only"],
    ["a Procfile alone", { "Procfile": "web: npm start" }, "warn", "deployment-docs.descriptors-only"],
    ["nothing", {}, "fail", "deployment-docs.missing"],
    ["a dependency list whose name says production", { "requirements-production.txt": "flask==2.0\n".repeat(40) }, "fail", "deployment-docs.missing"],
    ["a Dockerfile in test fixtures only", { "test/fixtures/app/Dockerfile": "" }, "fail", "deployment-docs.missing"],
    ["an empty 'Déploiement' heading", { "README.md": "# Outil\n\n## Déploiement\n\nTODO\n" }, "fail", "deployment-docs.missing"],
  ])("%s", (_name, files, status, key) => {
    expectOutcome(rule, files, { status, key });
  });

  it("names the descriptors it found alongside a guide", () => {
    const outcome = runRule(rule, { ...CODE, "README.md": "# Outil\n\n## Déploiement\n\n```sh\ndocker compose up -d\n```\n", "docker-compose.yml": "" });
    expect(outcome.message.params).toMatchObject({ descriptors: ["docker-compose.yml"] });
  });

  it("skips a repository without software", () => {
    expect(runRule(rule, { "readme.md": "# Défi\n" }).status).toBe("skip");
  });
});
