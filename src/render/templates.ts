/** The document skeletons shipped under templates/<lang>/, offered in the issue for each missing document. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Language } from "./messages/types.js";

/** The package root, from src/render or dist/render alike. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export function templatePath(language: Language, name: string): string {
  return join("templates", language, name);
}

const cache = new Map<string, string | null>();

export function readTemplate(language: Language, name: string): string | undefined {
  const key = `${language}/${name}`;
  if (!cache.has(key)) {
    const file = join(PACKAGE_ROOT, templatePath(language, name));
    cache.set(key, existsSync(file) ? readFileSync(file, "utf8") : null);
  }
  return cache.get(key) ?? undefined;
}
