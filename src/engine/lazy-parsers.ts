/**
 * YAML and TOML parsers loaded on first use: most audits never meet a pnpm-workspace.yaml or a
 * pyproject.toml, and loading both libraries costs tens of milliseconds on every CLI run. Both ship
 * CommonJS builds, so a synchronous require keeps the engine synchronous.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function parseYaml(text: string): unknown {
  return (require("yaml") as typeof import("yaml")).parse(text);
}

export function parseToml(text: string): unknown {
  return (require("smol-toml") as typeof import("smol-toml")).parse(text);
}
