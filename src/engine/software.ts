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

/**
 * Copies of well-known browser libraries and minified bundles: a standards document or a static site
 * that ships `js/jquery-3.6.0.min.js` holds someone else's code, not software of its own.
 */
const THIRD_PARTY_SOURCE =
  /(\.min\.js$|\.bundle\.js$|(^|\/)(jquery|jquery-ui|bootstrap|popper|lodash|underscore|d3|leaflet|moment|modernizr|require|backbone|handlebars|mustache|highlight|prism|mathjax|katex|html5shiv|fontawesome|font-awesome|swiper|slick|select2|datatables|htmx|mermaid|plotly|openlayers)([-.]v?\d[\w.-]*)?(\.(slim|min|bundle|umd|esm|prod|production))*\.js$)/i;
/** Folders of documentation sites' static assets (Sphinx `_static`, Jekyll `assets/js`): their scripts are the theme's. */
const SITE_ASSETS = /(^|\/)(_static|_templates|assets\/(js|javascripts|vendor|lib)|static\/(js|lib|vendor)|javascripts)\//i;

/** A source file of the project's own, not a library copy or a documentation theme's script. */
export function isOwnSource(path: string): boolean {
  return SOURCE.test(path) && !THIRD_PARTY_SOURCE.test(path) && !SITE_ASSETS.test(path);
}

const cache = new WeakMap<object, boolean>();

export function hasSoftware(context: RuleContext): boolean {
  let found = cache.get(context.files);
  if (found === undefined) {
    found = projectFiles(context).some((path) => isOwnSource(path) || BUILD_FILES.has(basename(path).toLowerCase()));
    cache.set(context.files, found);
  }
  return found;
}
