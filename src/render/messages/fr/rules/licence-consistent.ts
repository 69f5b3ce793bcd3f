import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Licence cohérente",
  why: "Quand le fichier de licence, les manifestes et publiccode.yml se contredisent, les catalogues (code.gouv.fr, npm, PyPI) affichent une autre licence que celle qui s'applique.",
  how: "Alignez le champ `license` des manifestes et `legal.license` de `publiccode.yml` sur l'identifiant SPDX du fichier de licence.",
  outcomes: {
    consistent: ({ spdx, sources }, f) => `Les déclarations (${f.list(sources)}) concordent avec le fichier de licence (${f.code(spdx)}).`,
    mismatch: ({ spdx, mismatches }, f) => `Le fichier de licence dit ${f.code(spdx)}, mais : ${f.list(mismatches)}.`,
    unreadable: ({ spdx, unreadable }, f) => `Licence du fichier : ${f.code(spdx)} ; déclarations qui ne sont pas des identifiants SPDX reconnaissables : ${f.list(unreadable)}.`,
    corrected: ({ spdx, corrected }, f) => `Concordant avec ${f.code(spdx)}, mais des déclarations ne sont pas des identifiants SPDX valides (corrigés ici) : ${f.list(corrected)}.`,
    "no-licence": "Aucune licence identifiée à comparer.",
    "no-declaration": ({ spdx }, f) => `Aucun manifeste ne déclare de licence : rien à comparer avec ${f.code(spdx)}.`,
  },
};
