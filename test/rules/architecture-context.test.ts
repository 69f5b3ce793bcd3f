/** architecture-schema: a diagram's role from its context and the words inside it, not its file name. */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/engine/rules/architecture-schema.js";
import { CODE, runRule } from "./run-rule.js";

const PNG = "\x89PNG";

describe("architecture-schema: role from context", () => {
  it("a schema.png that its document calls a data model is not an architecture", () => {
    const files = { ...CODE, "docs/schema.png": PNG, "docs/donnees.md": "# Modèle de données\n\n![Tables de la base](schema.png)\n" };
    expect(runRule(rule, files).status).toBe("fail");
  });

  it("a schema.png embedded under an architecture heading is one", () => {
    const files = { ...CODE, "docs/schema.png": PNG, "README.md": "# Outil\n\n## Architecture\n\n![Vue d'ensemble](docs/schema.png)\n" };
    expect(runRule(rule, files)).toMatchObject({ status: "pass", evidence: [{ path: "docs/schema.png" }] });
  });

  it("a schema.png in a database folder is a data model", () => {
    expect(runRule(rule, { ...CODE, "database/schema.png": PNG }).status).toBe("fail");
  });

  it("a schema.png nobody embeds is still taken at its name", () => {
    expect(runRule(rule, { ...CODE, "docs/schema.png": PNG }).status).toBe("pass");
  });

  it("a Mermaid graph whose boxes name a system's parts counts under any heading", () => {
    const doc = "# Comment ça marche\n\n```mermaid\ngraph LR\n  Navigateur --> Front --> API --> PostgreSQL\n  API --> Redis\n```\n";
    expect(runRule(rule, { ...CODE, "docs/fonctionnement.md": doc })).toMatchObject({ status: "pass", message: { key: "architecture-schema.diagram-code" } });
  });

  it("a Mermaid graph of a workflow, under an unusual heading, does not", () => {
    const doc = "# Processus\n\n```mermaid\ngraph LR\n  Demande --> Instruction --> Décision\n```\n";
    expect(runRule(rule, { ...CODE, "docs/processus.md": doc }).status).toBe("fail");
  });

  it("an ASCII box diagram in a <pre> block under an architecture heading counts", () => {
    const readme = "# Outil\n\n## Architecture\n\n<pre>\n+--------+     +-------+\n| Front  | --> |  API  |\n+--------+     +-------+\n                   |\n              +----------+\n              | Postgres |\n              +----------+\n</pre>\n";
    expect(runRule(rule, { ...CODE, "README.md": readme })).toMatchObject({ status: "pass", message: { key: "architecture-schema.diagram-code" } });
  });

  it("a directory tree under an architecture heading is not a diagram", () => {
    const readme = "# Outil\n\n## Architecture\n\n```\n.\n├── src/\n│   ├── index.js\n│   └── routes/\n└── README.md\n```\n";
    expect(runRule(rule, { ...CODE, "README.md": readme }).status).toBe("fail");
  });

  it("a text on plant architecture is not a software architecture text", () => {
    const readme = "# Phenotype\n\n## Plant architecture\n\nThe branching of stems and the angle of leaves along the main axis are measured on each plant at every growth stage, from seedling to flowering.\n";
    expect(runRule(rule, { ...CODE, "README.md": readme }).status).toBe("fail");
  });
});
