/** The check run on pull requests (src/app/check-run-output.ts), in French. */
import type { Message } from "../types.js";

const VERBS: Record<string, string> = { added: "ajoute", modified: "modifie", removed: "supprime" };

export const checkRun: Record<string, Message> = {
  "check.title": ({ pass, total }) => `${pass}/${total} documents obligatoires`,
  "check.changes": ({ base }, f) => `Ce que cette pull request change par rapport à ${f.code(base)}`,
  "check.no-change": "Aucun changement sur les documents de passation.",
  "check.fixed": ({ file, path, title }, f) => `${where(file, path, f)}${f.text(title)} : désormais en place`,
  "check.broken": ({ file, path, title }, f) => `${where(file, path, f)}${f.text(title)} : régression`,
  "check.missing": "Encore manquant",
  "check.more": ({ count }) => `… et ${count} autre(s)`,
  "check.footer": "Relais revérifie à chaque push sur cette pull request. Pour relancer le contrôle : le bouton « Re-run » de GitHub, ou un commentaire `/relais recheck` sur la pull request.",
  "check.unreadable-title": "Contenu de la pull request illisible",
  "check.unreadable.private-fork": ({ repository }, f) =>
    `Cette pull request vient d'un fork privé (${f.code(repository)}) : Relais, installé sur le dépôt de destination, ne peut pas le lire, donc aucun document n'a été vérifié. Ils le seront sur la branche par défaut après la fusion.`,
  "check.unreadable.fork-deleted": "Le dépôt d'où vient cette pull request a été supprimé : Relais ne peut pas lire son contenu.",
  "check.unreadable.not-found": ({ repository }, f) => `Relais n'a pas pu lire le commit de tête de cette pull request dans ${f.code(repository)} (dépôt introuvable ou inaccessible).`,
  "check.unreadable.error": "Relais n'a pas pu auditer cette pull request (GitHub n'a pas répondu) : relancez le contrôle avec le bouton « Re-run » ou en commentant `/relais recheck`.",
};

function where(file: unknown, path: unknown, f: Parameters<Exclude<Message, string>>[1]): string {
  if (typeof path !== "string" || path === "") return "";
  const verb = typeof file === "string" ? VERBS[file] : undefined;
  return verb ? `${verb} ${f.code(path)} — ` : `${f.code(path)} — `;
}
