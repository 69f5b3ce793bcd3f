import type { Catalogue } from "../types.js";
import { checkRun } from "./check-run.js";
import { rules } from "./rules.js";

export const fr: Catalogue = {
  language: "fr",
  axes: {
    ouverture: "Ouverture du code",
    deploiement: "Déploiement",
    transmission: "Transmission",
    fiabilisation: "Fiabilisation",
  },
  rules,
  ui: {
    "common.off": "Règle désactivée par la configuration.",
    "common.internal-error": ({ error }, f) => `Erreur interne de Relais pendant cette vérification (${f.text(error)}) : merci de la signaler.`,
    "level.required": "obligatoire",
    "level.recommended": "recommandé",
    "level.off": "désactivé",
    "status.pass": "présent",
    "status.fail": "manquant",
    "status.warn": "à vérifier",
    "status.skip": "non évalué",
    "report.title": ({ repository }, f) => `Audit Relais de ${f.code(repository)}`,
    "report.commit": ({ commit }, f) => `Commit audité : ${f.code(commit)}`,
    "report.ok": "Tous les documents obligatoires pour la passation sont présents.",
    "report.failing": ({ count }) => (Number(count) === 1 ? "1 document obligatoire manque pour la passation." : `${count} documents obligatoires manquent pour la passation.`),
    "report.summary": ({ requiredPass, requiredTotal, recommendedPass, recommendedTotal }) =>
      `Obligatoires : ${requiredPass}/${requiredTotal} · Recommandés : ${recommendedPass}/${recommendedTotal}`,
    "report.licence": ({ spdx }, f) => `Licence identifiée : ${f.code(spdx)}`,
    "report.no-licence": "Aucune licence identifiée.",
    "report.why": "Pourquoi :",
    "report.how": "Comment faire :",
    "report.template": ({ path }, f) => `Modèle à copier : ${f.code(path)}`,
    "report.found": "Trouvé :",
    "report.present": "Déjà en place",
    "report.missing": "À compléter",
    "report.config-problems": "Problèmes dans la configuration (l'audit a utilisé les valeurs par défaut)",
    "report.config-problem": ({ file, line, key, message }, f) => `${f.code(file)}${line ? `, ligne ${line}` : ""}${key ? `, clé ${f.code(key)}` : ""} : ${f.text(message)}`,
    "issue.title": "Relais : documents de passation manquants",
    "issue.intro":
      "Relais vérifie que ce dépôt contient ce qu'il faut pour être ouvert et repris après le départ de l'équipe (pérennisation du défi : déploiement, transmission, fiabilisation), et que sa licence est homologuée par l'État. Ce ticket est tenu à jour automatiquement à chaque push sur la branche par défaut.",
    "issue.outro": "Cochez au fur et à mesure : Relais revérifie à chaque push. Pour relancer l'audit, commentez `/relais recheck` ; pour le détail d'une règle, `/relais explain ID-DE-LA-REGLE`.",
    "issue.configure":
      "Pour changer le niveau d'une règle ou la désactiver, ajoutez `.github/relais.yml`, par exemple :",
    "issue.closed-comment": "Tous les documents obligatoires sont désormais présents : Relais ferme ce ticket. Il le rouvrira si l'un d'eux disparaît.",
    "issue.reopened-comment": "Un document obligatoire manque de nouveau : Relais rouvre ce ticket.",
    "issue.reminders": "Documents qui vivent souvent hors du dépôt (à vérifier par l'équipe)",
    "issue.reminder-items": "Comptes rendus de réunion ; liste des personnes rencontrées ; pitchs et présentations ; rapport d'étonnement",
    "issue.private": "Ce dépôt est privé : le code n'est pas ouvert.",
    "issue.truncated": "GitHub a tronqué la liste des fichiers de ce dépôt (il en contient trop) : l'audit porte sur les fichiers listés.",
    "issue.not-fetched": ({ count }) => `${count} fichier(s) de documentation n'ont pas été lus (dépôt très volumineux) : lancez \`relais audit\` sur une copie locale pour un audit complet.`,
    "issue.label-description": "Documents de passation manquants (tenu à jour par Relais)",
    "issue.explain": ({ rule, title }, f) => `Règle ${f.code(rule)} : ${f.text(title)}`,
    "issue.explain-unknown": ({ rule, rules }, f) => `Relais ne connaît pas la règle ${f.code(rule)}. Règles existantes : ${f.list(rules)}.`,
    ...checkRun,
  },
};
