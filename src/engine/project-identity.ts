/**
 * The words that name this project: its repository name, its README title and the names its root
 * manifests declare. Used to tell the project's own installation steps from a page that installs
 * something else (a documentation theme left over from a template).
 */
import { parseToml } from "./lazy-parsers.js";
import { identityWords } from "./commands.js";
import { rootReadmes } from "./locate.js";
import { readText } from "./snapshot.js";
import type { RuleContext } from "./types.js";

const cache = new WeakMap<object, ReadonlySet<string>>();

export function projectIdentity(context: RuleContext): ReadonlySet<string> {
  let words = cache.get(context.files);
  if (!words) {
    words = new Set([...namesOf(context)].flatMap(identityWords));
    cache.set(context.files, words);
  }
  return words;
}

function namesOf(context: RuleContext): string[] {
  const names = [context.snapshot.metadata.fullName];
  const readme = rootReadmes(context)[0];
  const title = readme ? context.docs.get(readme)?.headings[0]?.text : undefined;
  if (title) names.push(title);
  const read = (path: string) => (context.files.has(path) ? readText(context.snapshot, path) : undefined);
  for (const file of ["package.json", "composer.json"]) {
    try {
      const name = (JSON.parse(read(file) ?? "{}") as { name?: unknown }).name;
      if (typeof name === "string") names.push(name);
    } catch {
      // A malformed manifest names nothing.
    }
  }
  for (const file of ["pyproject.toml", "Cargo.toml"]) {
    try {
      const toml = parseToml(read(file) ?? "") as { project?: { name?: unknown }; package?: { name?: unknown }; tool?: { poetry?: { name?: unknown } } };
      for (const name of [toml.project?.name, toml.package?.name, toml.tool?.poetry?.name]) if (typeof name === "string") names.push(name);
    } catch {
      // Same for TOML manifests.
    }
  }
  return names;
}
