/**
 * Whether a repository holds software at all. Some défi repositories hold only documents (a study,
 * mock-ups, a framing note): there is nothing to install, deploy or draw, and the rules that ask for
 * installation steps or an architecture diagram do not apply to them.
 */
import { basename } from "./file-index.js";
import { projectFiles } from "./nested-projects.js";
import type { RuleContext } from "./types.js";

const SOURCE = /\.(py|ipynb|r|rmd|js|mjs|cjs|jsx|ts|tsx|vue|svelte|java|kt|kts|scala|groovy|go|rs|rb|php|cs|fs|vb|c|h|cc|cpp|hpp|m|mm|swift|dart|ex|exs|erl|clj|lua|pl|pm|sh|bash|ps1|sql|hs|ml|jl|sas|f90|tf|liquid)$/i;
const BUILD_FILES = new Set([
  "package.json", "requirements.txt", "pyproject.toml", "setup.py", "pipfile", "environment.yml", "composer.json", "gemfile",
  "go.mod", "cargo.toml", "pom.xml", "build.gradle", "makefile", "dockerfile", "docker-compose.yml", "docker-compose.yaml",
  "compose.yml", "compose.yaml", "description", "procfile",
]);

const cache = new WeakMap<object, boolean>();

export function hasSoftware(context: RuleContext): boolean {
  let found = cache.get(context.files);
  if (found === undefined) {
    found = projectFiles(context).some((path) => SOURCE.test(path) || BUILD_FILES.has(basename(path).toLowerCase()));
    cache.set(context.files, found);
  }
  return found;
}
