/**
 * Skeletons filled with what Relais knows: the templates under templates/<lang>/ hold `{{name}}`,
 * `{{url}}`, `{{repo}}`, `{{branch}}`, `{{description}}`, `{{licence}}` and `{{contact}}`; what is
 * not known becomes the language's blank for the team to fill ("[Nom du projet]").
 */
import type { Language } from "./messages/types.js";
import type { ProjectFacts } from "./project-facts.js";
import { readTemplate } from "./templates.js";

type Blank = "name" | "url" | "repo" | "branch" | "description" | "licence" | "contact";

const BLANKS: Record<Language, Record<Blank, string>> = {
  fr: {
    name: "[Nom du projet]",
    url: "https://github.com/[organisation]/[depot]",
    repo: "[depot]",
    branch: "main",
    description: "[Ce que fait le logiciel, en une phrase de 150 caractères au plus]",
    licence: "[Identifiant SPDX d'une licence homologuée, par exemple EUPL-1.2]",
    contact: "[adresse-de-l-equipe@administration.gouv.fr]",
  },
  en: {
    name: "[Project name]",
    url: "https://github.com/[organisation]/[repository]",
    repo: "[repository]",
    branch: "main",
    description: "[What the software does, in one sentence of at most 150 characters]",
    licence: "[SPDX id of a homologated licence, for example EUPL-1.2]",
    contact: "[team-address@administration.gouv.fr]",
  },
};

export function factValues(facts: ProjectFacts, language: Language): Record<Blank, string> {
  const blank = BLANKS[language];
  const repo = facts.url?.split("/").pop() ?? facts.name;
  return {
    name: facts.name ?? blank.name,
    url: facts.url ?? blank.url,
    repo: repo ?? blank.repo,
    branch: facts.defaultBranch ?? blank.branch,
    description: facts.description ?? blank.description,
    licence: facts.licence ?? blank.licence,
    contact: facts.contacts[0] ?? blank.contact,
  };
}

/** Fills `text` (the template `name`): inside YAML double quotes a value is escaped as YAML needs; elsewhere it stays on one line. */
export function fillSkeleton(text: string, name: string, language: Language, facts: ProjectFacts): string {
  const values = factValues(facts, language);
  const yaml = /\.ya?ml$/.test(name);
  const value = (key: string) => (values[key as Blank] ?? `{{${key}}}`).replace(/[\r\n]+/g, " ");
  if (!yaml) return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => value(key));
  // JSON string escapes are valid in a YAML double-quoted scalar.
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => JSON.stringify(value(key)).slice(1, -1));
}

/** The template `name` in `language`, filled; undefined when Relais ships no such template. */
export function filledTemplate(language: Language, name: string, facts: ProjectFacts): string | undefined {
  const text = readTemplate(language, name);
  return text === undefined ? undefined : fillSkeleton(text, name, language, facts);
}

export const NO_FACTS: ProjectFacts = { contacts: [] };
