import { keysWithLines } from "../../key-list.js";
import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Fichier publiccode.yml",
  why: "Le catalogue des logiciels publics (code.gouv.fr) s'appuie sur publiccode.yml pour présenter le projet et dire qui le maintient.",
  how: "Ajoutez un `publiccode.yml` à la racine avec au moins `name`, une description par langue (`shortDescription`, `longDescription`), `legal.license` et `maintenance` (type et contacts).",
  template: "publiccode.yml",
  outcomes: {
    valid: ({ path }, f) => `${f.code(path)} est complet pour le catalogue.`,
    missing: "Aucun fichier publiccode.yml à la racine.",
    misplaced: ({ path }, f) => `${f.code(path)} existe mais le catalogue ne lit que \`publiccode.yml\` à la racine du dépôt.`,
    "wrong-name": ({ path }, f) => `${f.code(path)} est complet, mais le standard impose le nom exact \`publiccode.yml\`.`,
    unreadable: ({ path }, f) => `${f.code(path)} n'a pas pu être lu (fichier binaire ou trop volumineux).`,
    syntax: ({ path, line, error }, f) => `${f.code(path)} n'est pas du YAML valide (ligne ${f.text(line)}) : ${f.text(error)}`,
    "not-mapping": ({ path }, f) => `${f.code(path)} doit être une liste de clés et de valeurs (un objet YAML).`,
    invalid: ({ path, missing, missingLines, invalid, invalidLines }, f) => {
      const parts: string[] = [];
      if (Array.isArray(missing) && missing.length > 0) parts.push(`clés absentes ou vides : ${keysWithLines(missing, missingLines, f, "ligne")}`);
      if (Array.isArray(invalid) && invalid.length > 0) parts.push(`valeurs non conformes au standard : ${keysWithLines(invalid, invalidLines, f, "ligne")}`);
      return `${f.code(path)} est incomplet — ${parts.join(" ; ")}.`;
    },
  },
};
