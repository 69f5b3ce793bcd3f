/** Repositories for the App's tests: one ready for handover, and ones whose gaps are unambiguous. */
import type { FileValue } from "./github-simulator.js";

export const MIT_LICENSE = `MIT License

Copyright (c) 2024 Direction interministérielle du numérique

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

export const README = `# Signalement

Signalement est une application web qui permet aux agents des préfectures de recevoir, trier et suivre les signalements envoyés par les habitants. Elle est destinée aux services instructeurs et à leurs partenaires associatifs.

## Installation

Prérequis : Node.js 20 et PostgreSQL 15.

\`\`\`sh
git clone https://example.org/signalement.git
cd signalement
npm ci
npm run migrate
npm start
\`\`\`

## Architecture

L'application se compose d'une interface web, d'une API et d'une base PostgreSQL.

![Schéma d'architecture](docs/architecture.png)

## Contribuer

Les contributions sont les bienvenues : ouvrez un ticket pour discuter d'un changement, puis proposez une demande de fusion avec des tests. Nous relisons chaque proposition sous une semaine.
`;

export const CONTRIBUTING = `# Contribuer\n\nOuvrez un ticket pour discuter d'un changement, puis proposez une demande de fusion accompagnée de tests. Nous relisons chaque proposition sous une semaine et répondons en français ou en anglais.\n`;

export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);

/** Everything the required rules ask for. */
export function readyFiles(): Record<string, FileValue> {
  return {
    LICENSE: MIT_LICENSE,
    "README.md": README,
    "CONTRIBUTING.md": CONTRIBUTING,
    "docs/architecture.png": PNG,
    "package.json": JSON.stringify({ name: "signalement", version: "1.0.0", license: "MIT", scripts: { start: "node server.js" } }, null, 2),
    "server.js": "console.log('signalement');\n",
  };
}

/** No installation steps, no diagram, no contribution guide. */
export function missingDocsFiles(): Record<string, FileValue> {
  return {
    LICENSE: MIT_LICENSE,
    "README.md": "# Outil\n\nTODO\n",
    "package.json": JSON.stringify({ name: "outil", version: "0.1.0", license: "MIT" }),
    "index.js": "module.exports = {};\n",
  };
}

/** Everything but a licence (and the contribution guide). */
export function noLicenceFiles(): Record<string, FileValue> {
  const files = readyFiles();
  delete files.LICENSE;
  delete files["CONTRIBUTING.md"];
  files["README.md"] = README.replace(/## Contribuer[\s\S]*$/, "");
  files["package.json"] = JSON.stringify({ name: "signalement", version: "1.0.0", scripts: { start: "node server.js" } }, null, 2);
  return files;
}

/**
 * The organisation's defaults: the contribution guide required. The failing repositories lack it, so
 * their verdict does not hang on any single rule's fine print.
 */
export const ORGANISATION_CONFIG = "rules:\n  contributing: required\n";
