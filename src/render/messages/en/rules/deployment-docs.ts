import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Deployment and operations guide",
  why: "For the administration to run the service once the team has left, how it goes to production and how it is operated must be written down.",
  how: "Add a `DEPLOYMENT.md` file (or a \"Deployment\" section): environments, configuration, release commands, backups, monitoring, upgrades.",
  template: "DEPLOYMENT.md",
  outcomes: {
    configured: ({ path }, f) => `Deployment guide set by the configuration: ${f.code(path)}.`,
    guide: ({ path }, f) => `Deployment guide: ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section "${f.text(heading)}" of ${f.code(path)}.`,
    "descriptors-only": ({ descriptors, count }, f) =>
      `Deployment files exist (${f.list(descriptors)}${Number(count) > 5 ? "…" : ""}) but no guide explains how to release or operate the service.`,
    "no-software": "The repository holds no software (documents only): nothing to deploy.",
    missing: "No deployment guide and no deployment files (Dockerfile, docker-compose, Helm, Ansible…).",
  },
};
