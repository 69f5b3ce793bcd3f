import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Fichier de licence",
  why: "Sans texte de licence dans le dépôt, personne n'a le droit de réutiliser le code : le publier ne suffit pas à l'ouvrir.",
  how: "Ajoutez à la racine un fichier `LICENSE` contenant le texte officiel complet d'une licence homologuée (MIT, EUPL-1.2 ou CeCILL-2.1 par exemple).",
  outcomes: {
    file: ({ paths }, f) => `Fichier de licence : ${f.list(paths)}.`,
    "manifest-file": ({ path }, f) => `Fichier de licence désigné par un manifeste : ${f.code(path)}.`,
    reuse: ({ paths }, f) => `Textes de licence dans le dossier REUSE : ${f.list(paths)}.`,
    empty: ({ path }, f) => `${f.code(path)} est vide.`,
    "missing-pointer": ({ manifest, target }, f) => `${f.code(manifest)} renvoie au fichier de licence ${f.code(target)}, absent du dépôt.`,
    "declared-only": ({ spdx, paths }, f) => `Aucun fichier de licence : ${f.list(paths)} déclare ${f.code(spdx)}, mais le texte de la licence n'est pas dans le dépôt.`,
    missing: "Aucun fichier de licence à la racine (LICENSE, LICENCE, COPYING…).",
  },
};
