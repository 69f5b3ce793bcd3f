/**
 * What a sentence of documentation does: describe the project, give a step to follow, point to
 * somewhere else, or say the project is archived. A README whose only sentences are steps, pointers
 * or an archive notice has not said what the project is, however long those sentences are.
 *
 * Hand-written because no library classifies documentation sentences by role; the markers are data
 * (phrases in French, English, Italian, Spanish and German), matched on accent-free lower-case text.
 */

export type ProseKind = "description" | "procedure" | "pointer" | "archive";

/** Steps and prerequisites: "Voici la marche à suivre pour…", "You need to install…", "Clone the repository". */
export const PROCEDURE_MARKERS: readonly RegExp[] = [
  /\bmarche a suivre\b/,
  /\b(voici|here is|here s|ecco|aqui esta) (comment|how|come|como)\b/,
  // "Pour lancer l'application, …" opens a step; "un service pour déployer les applications" describes: only at the start.
  /^pour (faire tourner|lancer|installer|demarrer|executer|compiler|deployer|construire|tester) (l|le|la|les|ce|cette|votre|un|une)\b/,
  /\b(vous devez|il (vous )?faut|on doit|tu dois) (d abord )?(installer|lancer|executer|telecharger|cloner|creer|configurer|avoir)\b/,
  /\b(you|we) (will )?(need|have|must|should) (to )?(first )?(install|run|download|clone|create|configure|set up|have)\b/,
  /^(pre ?requis|prerequisites?|requirements|requis|prerequisiti|requisitos|voraussetzungen)\b/,
  /\b(follow|suivez|suivre|seguire|siga) (these|the following|the|les|ces|i seguenti|los) (steps|etapes|instructions|passaggi|pasos)\b/,
  /^(to|in order to) (install|run|build|start|launch|deploy|set up|compile) (the|this|it|your|a)\b/,
  /^(per|para|um) (installare|eseguire|avviare|instalar|ejecutar|installieren|starten)\b/,
  // An imperative first word: the first step of a runbook.
  /^(install|run|clone|download|execute|launch|go to|first install|first run|first clone|copy|fill in|edit|rename|paste|click|make sure|ensure that|log in|connect to|navigate to|then run|then install|installer|lancer|cloner|telecharger|executer|tapez|lancez|installez|clonez|executez|ouvrez|copiez|allez|installare|eseguire|clonare|instale|ejecute)\b/,
];

/** Pointers elsewhere: "Please refer to…", "See the wiki", "This repository only holds part of our work". */
export const POINTER_MARKERS: readonly RegExp[] = [
  /\b(please )?refer to\b/,
  /^(see|voir|voyez|consultez|cf|vedi|ver|siehe)\b/,
  /\b(has|have) (been )?moved\b|\b(a|ont) (ete )?(demenage|deplace|migre)s?\b/,
  /\bis now (hosted|maintained|developed|available|located)\b|\best (desormais|maintenant) (heberge|maintenu|disponible|developpe)\b/,
  /\b(plus d informations?|more (info|information|details)|pour en savoir plus|maggiori informazioni|mas informacion|mehr informationen)\b/,
  /\b(ce|cet|this) (depot|repository|repo|repertoire|dossier) (ne )?(contient|contains|holds|is) (seulement|only|uniquement|just|qu)\b/,
  /\b(la )?documentation( complete)? (de l outil |du projet |of the project )?(est|is) (disponible|available|accessible|hosted)\b/,
  /\b(check out|jetez un oeil|take a look)\b/,
];

/** Archive notices: "This project is deprecated", "Ce dépôt n'est plus maintenu". */
export const ARCHIVE_MARKERS: readonly RegExp[] = [
  /\b(deprecated|unmaintained|no longer (maintained|supported|developed|active|updated)|not (actively )?maintained|n est plus (maintenu|supporte|developpe|mis a jour|utilise)|non piu mantenuto|ya no se mantiene|nicht mehr gepflegt)\b/,
  // "archivé" loses its accent: only the verb form says the project is archived ("Ce dépôt est archivé").
  /\b(est|is|a ete|has been|was|sont|are) (desormais |now |maintenant )?(archive|archived|obsolete|abandonne|abandoned|deprecie|frozen|gele)\b/,
];

/** Lower case, accents removed, punctuation as spaces, so that the markers stay readable. */
export function plainWords(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function proseKind(sentence: string): ProseKind {
  const words = plainWords(sentence);
  if (ARCHIVE_MARKERS.some((marker) => marker.test(words))) return "archive";
  if (POINTER_MARKERS.some((marker) => marker.test(words))) return "pointer";
  if (PROCEDURE_MARKERS.some((marker) => marker.test(words))) return "procedure";
  return "description";
}

/** Sentences of a paragraph: split after ".", "!" or "?" followed by a space and a capital or a digit. */
export function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}\p{N}«"“(])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
