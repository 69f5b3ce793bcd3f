/**
 * The words that name documentation sections, in French and English, matched against headings
 * reduced by `normaliseHeading` ("🚀 Démarrage rapide !" → "demarrage rapide").
 *
 * The lists come from the headings real défi repositories use (EIG promotions 2017–2023) and from
 * common README conventions; they stay small on purpose: each entry names a kind of section, never
 * one repository's wording. Where a word is ambiguous, the rule that uses it asks for more evidence
 * (commands, a diagram) rather than growing the list.
 */

/**
 * Sections that tell how to install, set up or run the project. French READMEs say "Installation",
 * "Démarrage (rapide)", "Mise en place", "Lancer l'application", "Développement"/"Développer" (the
 * local set-up), "Déploiement"; English ones "Install", "Getting started", "Quick start", "Setup",
 * "How to run", "Launch the app", "Development", "Local development", "Build". "en local"/"locally"
 * catch "Airflow en local", "Run locally". The rule asks for commands or numbered steps on top.
 */
export const INSTALL_HEADING =
  /\b(install\w*|instal\w*|installazione|setup|set up|getting started|primeros pasos|per iniziare|come iniziare|erste schritte|einrichtung|inbetriebnahme|avvio|puesta en marcha|get started|quick ?start|demarr\w*|mise en (place|route)|prise en main|premiers pas|pour commencer|deploi\w*|deploy\w*|lancer|lancement|launch\w*|run|running|execution|executer|developp\w*|develop|development|developing|en local|locally|local setup|build|building|compil\w*)\b/;

/**
 * Sections on tests, linting, releases, licences or contributions are not installation steps even
 * when they say "run" or "build" ("Run the tests", "Build status"), unless they also say install.
 */
export const NOT_INSTALL_HEADING = /\b(tests?|testing|lint\w*|debug\w*|release\w*|licen[cs]e|contribu\w*|status|badges?|changelog)\b/;
export const EXPLICIT_INSTALL_HEADING = /\b(install\w*|instal\w*|setup|set up|mise en place|einrichtung)\b/;

/** "Usage" sections count as set-up only when they hold set-up commands ("usage as setup"). */
export const USAGE_HEADING = /\b(usage|utilisation|utiliser|how to use|mode d emploi|commandes?|commands?)\b/;

/** Production: a deployment or operations guide. */
export const DEPLOY_HEADING =
  /\b(deploi\w*|deploy\w*|mise en production|mep|production|prod|exploitation|exploiter|hebergement|hosting|operations|runbook|maintenance technique)\b/;

/**
 * Architecture sections: "Architecture", "Schéma(s) d'architecture", "Vue technique/logicielle/
 * applicative" (the views of a French DAT), "Infrastructure", "Dossier d'architecture technique".
 * A bare "schéma" is not enough: "Schéma de données" is a data model.
 */
export const ARCHITECTURE_HEADING =
  /\b(architectures?|archi|schemas? (d )?(architecture|technique|applicatif|fonctionnel|de l application|du systeme|d infrastructure)|vue (technique|logicielle|applicative|fonctionnelle|physique)|infrastructure|infra|diagrammes? (d )?(architecture|technique|de deploiement)|system design|conception technique|dat|c4)\b/;

/** Overview sections hold an architecture flowchart as often as a screenshot: diagram code only. */
export const OVERVIEW_HEADING = /\b(vue d ensemble|overview|how it works|fonctionnement|big picture)\b/;

/** Sections that introduce the project: what it is, why, for whom. */
export const DESCRIPTION_HEADING =
  /\b(description|presentation|a propos|about|contexte?|context|objectifs?|objectives?|purpose|goals?|aims?|buts?|le projet|the project|projet|project|introduction|intro|overview|vue d ensemble|pourquoi|why|what is|what does|what it does|qu est ce|c est quoi|a quoi sert|utilite|mission|summary|resume|en bref|en quelques mots|concept|principe|background|enjeux|probleme|problem|le service|the service|l outil|the tool|features?|fonctionnalites?|functionalit(y|ies)|key features|besoin|le besoin|motivation|use cases?|cas d usages?|pour qui|for whom|who is it for|public cible|highlights|en un mot|descrizione|panoramica|obiettivi?|scopo|funzionalita|cos e|il progetto|introduzione|descripcion|objetivos?|funcionalidades|caracteristicas|el proyecto|que es|acerca de|beschreibung|uberblick|ueberblick|ziele?|funktionen|das projekt|was ist|einfuhrung|einleitung)\b/;

/**
 * Headings that name something else than an introduction, beyond installation and usage: a README's
 * first section under one of these is not read as its description.
 */
export const NOT_DESCRIPTION_HEADING =
  /\b(pre ?requis|prerequisites?|requirements|licen[cs]es?|contribu\w*|contacts?|credits?|auteurs?|authors?|maintainers?|mainteneurs?|changelog|historique|warning|attention|avertissement|deprecated|archive|table des matieres|table of contents|sommaire|toc|badges?|status|statut|tests?|configuration|connexion|acces|access|data engineering|backend|frontend|front|back|scripts?|available scripts|variables?|environment|environnement|env|dependances|dependencies)\b/;

/** Sections that point a reader to how to use the project once it is described. */
export const USER_POINTER_HEADING =
  /\b(usage|utilisation|utiliser|how to use|mode d emploi|guide|manuel|manual|documentation|docs?|wiki|tutori\w*|exemples?|examples?|api)\b/;

/** Developer-facing sections: how the code is organised and how to work on it. */
export const DEVELOPMENT_HEADING =
  /\b(developp\w*|develop\w*|architecture|archi|structure|arborescence|organisation du (code|depot)|stack|technolog\w*|techniques?|technical|composants?|components?|conception|internals|conventions?|tests?|testing)\b|^api\b/;

/**
 * Text left by a generator or a template instead of a description. Each phrase is the signature of
 * a widespread scaffold (Create React App, Angular CLI, Vite, GitLab's README template, the
 * "Project Title" template) or an explicit placeholder.
 */
export const BOILERPLATE = [
  /bootstrapped with \[?create react app/i,
  /generated with \[?angular cli/i,
  /this template should help get you started/i,
  /to make it easy for you to get started with gitlab/i,
  /one paragraph of project description/i,
  /lorem ipsum/i,
  /^\s*(todo|tbd|wip|a completer|à compléter|description à venir|coming soon)\b/i,
];

export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.some((pattern) => pattern.test(text));
}

/** "[Nom du projet]", "{{ project_name }}", "<nom du projet>": blanks of a skeleton nobody filled in. */
const PLACEHOLDER = /\[[^\]\n]*\p{L}{2}[^\]\n]*\]|\{\{\s*[\w.]+\s*\}\}|<(nom|name|project|projet|votre|your)\b[^>]*>/giu;

/** Prose that still holds two blanks or more is a skeleton, not a description. */
export function hasPlaceholders(text: string): boolean {
  return (text.match(PLACEHOLDER)?.length ?? 0) >= 2;
}

// Name normalisation is defined with the other places, in places.ts.
export { nameTokens } from "./places.js";
