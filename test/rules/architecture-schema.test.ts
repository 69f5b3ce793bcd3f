import { describe, expect, it } from "vitest";
import { diagramCode, rule } from "../../src/engine/rules/architecture-schema.js";
import { CODE, expectOutcome, runRule } from "./run-rule.js";

const MERMAID = "```mermaid\nflowchart LR\n  UI --> API --> DB\n```\n";
const PROSE = "L'application se compose d'une interface web, d'une API et d'une base PostgreSQL hébergée par la DSI du ministère.";

describe("architecture-schema", () => {
  it.each([
    ["an image named for the architecture", { "docs/architecture.png": "" }, "architecture-schema.file", "docs/architecture.png"],
    ["the French 'archi' in a camel-case name", { "dat/Enki_ArchiApplicative.png": "" }, "architecture-schema.file", "dat/Enki_ArchiApplicative.png"],
    ["an Excalidraw 'app schema' and its export, the image first", { "docs/oc-app-schema.excalidraw": "{}", "docs/oc-app-schema.png": "" }, "architecture-schema.file", "docs/oc-app-schema.png"],
    ["a diagram in a diagrams/ folder", { "diagrams/flows.drawio": "<mxfile/>" }, "architecture-schema.file", "diagrams/flows.drawio"],
    ["a Mermaid block in an 'Architecture (vue d'ensemble)' section", { "README.md": `# Outil\n\n## 🏗️ Architecture (vue d’ensemble)\n\n${MERMAID}` }, "architecture-schema.diagram-code", "README.md"],
    ["a Mermaid flowchart in a 'Vue d'ensemble' section", { "README.md": `# Outil\n\n## Vue d'ensemble\n\n${MERMAID}` }, "architecture-schema.diagram-code", "README.md"],
    ["a PlantUML block in a 'Schéma d'architecture' section", { "docs/cadrage.md": "# Cadrage\n\n## Schéma d'architecture\n\n```plantuml\n@startuml\ncomponent UI\ndatabase DB\n@enduml\n```\n" }, "architecture-schema.diagram-code", "docs/cadrage.md"],
    ["a box drawing in an 'Infrastructure' section", { "README.md": "# Outil\n\n## Infrastructure\n\n```\n┌─────┐    ┌─────┐\n│ web │───▶│ api │\n└─────┘    └─────┘\n```\n" }, "architecture-schema.diagram-code", "README.md"],
    ["a C4 Mermaid diagram anywhere", { "docs/notes.md": "# Notes\n\n```mermaid\nC4Context\n  Person(a, \"Agent\")\n```\n" }, "architecture-schema.diagram-code", "docs/notes.md"],
    ["an image with a neutral name in an architecture section", { "README.md": "# Outil\n\n## Architecture\n\n![](docs/img/fig1.png)\n", "docs/img/fig1.png": "" }, "architecture-schema.embedded", "docs/img/fig1.png"],
    ["a bare image name served from VuePress's public folder", { "docs/cadrage.md": "# Cadrage\n\n## Schémas d'architecture\n\n![](prod.png)\n", "docs/.vuepress/public/prod.png": "" }, "architecture-schema.embedded", "docs/.vuepress/public/prod.png"],
    ["an image in a DAT (dossier d'architecture technique)", { "dat/README.md": "# Dossier\n\n## Vue logicielle\n\n![](./vue.png)\n", "dat/vue.png": "" }, "architecture-schema.file", "dat/vue.png"],
    ["an image of an ARCHITECTURE.md, by its raw GitHub address", { "ARCHITECTURE.md": "# Architecture\n\n![](https://raw.githubusercontent.com/o/r/main/docs/img/overview.png)\n", "docs/img/overview.png": "" }, "architecture-schema.embedded", "docs/img/overview.png"],
  ])("passes on %s", (_name, files, key, path) => {
    expectOutcome(rule, files, { status: "pass", key, path });
  });

  it.each([
    ["nothing", {}, "fail", "architecture-schema.missing"],
    ["a screenshot captioned 'Architecture'", { "README.md": "# Outil\n\n## Fonctionnalités\n\n![Architecture](docs/images/screenshot_home.png)\n", "docs/images/screenshot_home.png": "" }, "fail", "architecture-schema.missing"],
    ["a screenshot inside the architecture section", { "README.md": `# Outil\n\n## Architecture\n\n![](docs/capture-ecran.png)\n`, "docs/capture-ecran.png": "" }, "fail", "architecture-schema.missing"],
    ["a data model in a 'Schéma de données' page", { "opendata/doc/schema.md": "# Schéma de données\n\n![Schéma UML des tables](../uml/uml.png)\n", "opendata/uml/uml.png": "", "opendata/uml/uml.puml": "@startuml\nentity operations\n@enduml\n" }, "fail", "architecture-schema.missing"],
    ["a database schema image", { "docs/schema-bdd.png": "", "docs/mcd.png": "" }, "fail", "architecture-schema.missing"],
    ["an ER diagram in an architecture section", { "README.md": "# Outil\n\n## Architecture\n\n```mermaid\nerDiagram\n  A ||--o{ B : has\n```\n" }, "fail", "architecture-schema.missing"],
    ["an image in an overview section (screenshots live there)", { "README.md": "# Outil\n\n## Overview\n\n![](docs/home.png)\n", "docs/home.png": "" }, "fail", "architecture-schema.missing"],
    ["the diagram of a third-party project copied in", { "cms/LICENSE": "other", "cms/package.json": "{}", "cms/docs/architecture.png": "" }, "fail", "architecture-schema.missing"],
    ["an example diagram in a skeleton folder", { "templates/ARCHITECTURE.md": `# Architecture\n\n${MERMAID}`, "templates/architecture.drawio": "" }, "fail", "architecture-schema.missing"],
    ["a logo whose name says archi", { "assets/archifiltre-logo.svg": "" }, "fail", "architecture-schema.missing"],
    ["an architecture document in text only", { "docs/architecture.md": `# Architecture\n\n${PROSE}\n` }, "warn", "architecture-schema.text-only"],
    ["an architecture document whose images are missing", { "docs/architecture.md": `# Architecture\n\n![](archi-technique.png)\n` }, "fail", "architecture-schema.broken"],
  ])("does not pass on %s", (_name, files, status, key) => {
    expectOutcome(rule, files, { status, key });
  });

  it("skips a repository without software", () => {
    expect(runRule(rule, { "readme.md": "# Défi\n", "Prise_RDV/Arbre.png": "" }).status).toBe("skip");
  });

  it.each([
    [{ lang: "mermaid", value: "flowchart LR\nA-->B", line: 1 }, false, "mermaid"],
    [{ lang: "mermaid", value: "gantt\ntitle Planning", line: 1 }, false, null],
    [{ lang: "mermaid", value: "flowchart LR\nA-->B", line: 1 }, true, null],
    [{ lang: "mermaid", value: "%% comment\nC4Container\n", line: 1 }, true, "mermaid"],
    [{ lang: null, value: "@startuml\nnode web\n@enduml", line: 1 }, false, "plantuml"],
    [{ lang: "dot", value: "digraph { a -> b }", line: 1 }, false, "graphviz"],
    [{ lang: "sh", value: "npm ci\nnpm start", line: 1 }, false, null],
  ])("diagramCode(%o, anywhere=%s) = %s", (block, anywhere, expected) => {
    expect(diagramCode(block, anywhere)).toBe(expected);
  });
});
