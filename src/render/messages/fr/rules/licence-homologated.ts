import { closestCandidates } from "../../candidates.js";
import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Licence homologuée",
  why: "Une administration ne peut publier son code que sous une licence de la liste fixée par décret (article D. 323-2-1 du code des relations entre le public et l'administration).",
  how: "Choisissez une licence de la liste — pour le code : MIT, Apache-2.0, BSD-2-Clause, BSD-3-Clause, CeCILL-B, CeCILL-2.1, CeCILL-C, GPL, LGPL ou AGPL v3, MPL-2.0, EPL-2.0, EUPL-1.2 ; pour les données : Licence Ouverte 2.0, ODbL — et placez son texte officiel dans `LICENSE`.",
  outcomes: {
    homologated: ({ spdx, paths }, f) => `Licence ${f.code(spdx)} (${f.list(paths)}), sur la liste des licences homologuées.`,
    "data-licence-on-code": ({ spdx }, f) => `${f.code(spdx)} est homologuée pour les données et les documents, pas pour le code : ajoutez une licence logicielle de la liste pour le code.`,
    variant: ({ spdx, path, words }, f) => `${f.code(path)} reprend ${f.code(spdx)}, licence homologuée, dans une rédaction qui diffère du texte de référence d'environ ${words} mots sans rien y restreindre.`,
    modified: ({ spdx, path, words }, f) => `${f.code(path)} reprend le texte de ${f.code(spdx)} avec environ ${words} mots ajoutés à l'intérieur : une clause ajoutée peut restreindre la licence ; vérifiez-la ou revenez au texte officiel.`,
    "notice-only": ({ spdx, paths }, f) => `Licence ${f.code(spdx)} reconnue d'après une simple mention dans ${f.list(paths)}, sans le texte complet : ajoutez le texte officiel de la licence.`,
    "with-unidentified": ({ spdx, unidentified }, f) => `Licence ${f.code(spdx)} homologuée, mais aucune licence n'a été reconnue dans ${f.list(unidentified)} : vérifiez ce que ces fichiers accordent.`,
    "not-homologated": ({ spdx, failing }, f) => `${f.code(spdx)} n'est pas sur la liste des licences homologuées (en cause : ${f.list(failing)}).`,
    "upgradable-or-later": ({ spdx, to }, f) => `${f.code(spdx)} n'est pas homologuée, mais la mention « ou toute version ultérieure » permet de passer à ${f.code(to)}, qui l'est : indiquez cette version dans le fichier de licence et les en-têtes.`,
    "upgradable-clause": ({ spdx, to, clause }, f) => `${f.code(spdx)} n'est pas homologuée, mais la licence elle-même (${f.text(clause)}) permet de redistribuer le code sous ${f.code(to)}, qui l'est : remplacez le texte de la licence.`,
    "upgradable-steward": ({ spdx, to }, f) => `${f.code(spdx)} n'est pas homologuée ; l'organisme qui la publie prévoit le passage à ${f.code(to)}, qui l'est : remplacez le texte de la licence.`,
    "upgradable-relicense": ({ spdx, to }, f) => `${f.code(spdx)} n'est pas homologuée et ne permet pas de passer d'elle-même à ${f.code(to)} : changer de licence demande l'accord de tous les titulaires de droits.`,
    unknown: (params, f) => `Licence non reconnue dans ${f.list(params.paths)} ; textes les plus proches : ${closestCandidates(params, f)}. Utilisez le texte officiel, sans modification.`,
    "unknown-no-candidate": ({ paths }, f) => `Aucune licence reconnue dans ${f.list(paths)}.`,
    proprietary: ({ paths, reservation }, f) => `${f.list(paths)} n'accorde aucune licence et dit « ${f.text(reservation)} » : ce n'est pas une licence libre, personne ne peut réutiliser le code.`,
    paraphrase: ({ spdx, path }, f) => `${f.code(path)} est intitulé ${f.code(spdx)}, licence homologuée, mais son texte n'est pas le texte officiel (une reformulation ou un résumé) : remplacez-le par le texte officiel.`,
    "homologated-bundled": ({ spdx, paths, bundled }, f) => `Licence ${f.code(spdx)} (${f.list(paths)}), sur la liste des licences homologuées ; le fichier cite aussi la licence d'un composant inclus (${f.list(bundled)}), qui ne compte pas comme celle du projet.`,
    choice: ({ spdx, listed }, f) => `Licence ${f.code(spdx)} : un choix laissé à l'utilisateur, dont ${f.list(listed)} est sur la liste des licences homologuées.`,
    unversioned: ({ paths, families }, f) => `${f.list(paths)} nomme ${f.list(families)} sans en préciser la version, dont dépend l'homologation (CeCILL 2.1 l'est, CeCILL 2.0 non ; GPL v3 l'est, GPL v2 non) : indiquez la version ou placez le texte officiel.`,
    "declared-only": ({ spdx, path }, f) => `Pas de fichier de licence (voir « Fichier de licence ») : ${f.code(path)} déclare ${f.code(spdx)}, qui est homologuée.`,
    "declared-only-not-listed": ({ spdx, path }, f) => `Aucun fichier de licence, et ${f.code(path)} déclare ${f.code(spdx)}, qui n'est pas homologuée.`,
    missing: "Pas de licence à examiner : le fichier de licence manque (voir « Fichier de licence »).",
  },
};
