/**
 * The words of the repositories × rules matrix and of the reviewers' dashboard, in French and English.
 * Rule titles and finding messages come from the message catalogues; values are never interpolated
 * here (each renderer escapes them).
 */
import type { Axis, Status } from "../engine/types.js";
import type { Language } from "./messages/index.js";

export interface MatrixLabels {
  title: string;
  organisations: string;
  organisation: string;
  repositories: string;
  repository: string;
  state: string;
  states: Record<"ready" | "not-ready" | "skipped" | "error", string>;
  cell: Record<Status, string>;
  required: string;
  issue: string;
  issueState: Record<"open" | "closed", string>;
  noIssue: string;
  totals: string;
  axes: string;
  axis: Record<Axis, string>;
  met: string;
  private: string;
  any: string;
  rule: string;
  ruleFailing: string;
  licence: string;
  licenceHint: string;
  homologated: string;
  yes: string;
  no: string;
  search: string;
  sort: string;
  sorts: Record<"name" | "audited" | "missing", string>;
  descending: string;
  apply: string;
  previous: string;
  next: string;
  page(from: number, to: number, total: number): string;
  lastAudit: string;
  commit: string;
  history: string;
  changedAt: string;
  chart: string;
  chartSummary(ready: number, notReady: number): string;
  signIn: string;
  signOut: string;
  signedInAs: string;
  publicOnly: string;
  exports: string;
  other: string;
  notFound: string;
  report: string;
  onGithub: string;
  back: string;
  none: string;
}

const fr: MatrixLabels = {
  title: "Relais : tableau de bord des défis",
  organisations: "Organisations",
  organisation: "Organisation",
  repositories: "Dépôts",
  repository: "Dépôt",
  state: "État",
  states: { ready: "Prêt", "not-ready": "Pas prêt", skipped: "Non audité", error: "Erreur" },
  cell: { pass: "rempli", warn: "à vérifier", fail: "manquant", skip: "sans objet" },
  required: "Obligatoires remplis",
  issue: "Ticket Relais",
  issueState: { open: "ouvert", closed: "fermé" },
  noIssue: "aucun",
  totals: "Total rempli",
  axes: "Par axe",
  axis: { ouverture: "Ouverture", deploiement: "Déploiement", transmission: "Transmission", fiabilisation: "Fiabilisation" },
  met: "rempli",
  private: "privé",
  any: "tous",
  rule: "Règle",
  ruleFailing: "manquante",
  licence: "Licence",
  licenceHint: "SPDX, ou « none »",
  homologated: "Homologuée",
  yes: "oui",
  no: "non",
  search: "Rechercher",
  sort: "Trier par",
  sorts: { name: "nom", audited: "date d'audit", missing: "obligatoires manquants" },
  descending: "décroissant",
  apply: "Filtrer",
  previous: "Précédents",
  next: "Suivants",
  page: (from, to, total) => `Dépôts ${from} à ${to} sur ${total}`,
  lastAudit: "Dernier audit",
  commit: "Commit",
  history: "Historique du résumé",
  changedAt: "Changé le",
  chart: "Dépôts prêts et pas prêts, par jour",
  chartSummary: (ready, notReady) => `Aujourd'hui : ${ready} prêts, ${notReady} pas prêts`,
  signIn: "Se connecter avec GitHub",
  signOut: "Se déconnecter",
  signedInAs: "Connecté en tant que",
  publicOnly: "Seuls les dépôts publics sont affichés ; connectez-vous pour voir les dépôts privés auxquels vous avez accès.",
  exports: "Exporter",
  other: "English",
  notFound: "Ce dépôt n'est pas connu de Relais, ou vous n'y avez pas accès.",
  report: "Rapport",
  onGithub: "Voir sur GitHub",
  back: "Retour au tableau de bord",
  none: "aucune",
};

const en: MatrixLabels = {
  title: "Relais: défis dashboard",
  organisations: "Organisations",
  organisation: "Organisation",
  repositories: "Repositories",
  repository: "Repository",
  state: "State",
  states: { ready: "Ready", "not-ready": "Not ready", skipped: "Not audited", error: "Error" },
  cell: { pass: "met", warn: "to check", fail: "missing", skip: "not applicable" },
  required: "Required met",
  issue: "Relais issue",
  issueState: { open: "open", closed: "closed" },
  noIssue: "none",
  totals: "Total met",
  axes: "By axis",
  axis: { ouverture: "Opening", deploiement: "Deployment", transmission: "Handover", fiabilisation: "Reliability" },
  met: "met",
  private: "private",
  any: "any",
  rule: "Rule",
  ruleFailing: "missing",
  licence: "Licence",
  licenceHint: "SPDX, or “none”",
  homologated: "Homologated",
  yes: "yes",
  no: "no",
  search: "Search",
  sort: "Sort by",
  sorts: { name: "name", audited: "audit date", missing: "required missing" },
  descending: "descending",
  apply: "Filter",
  previous: "Previous",
  next: "Next",
  page: (from, to, total) => `Repositories ${from} to ${to} of ${total}`,
  lastAudit: "Last audit",
  commit: "Commit",
  history: "Summary history",
  changedAt: "Changed on",
  chart: "Ready and not-ready repositories, per day",
  chartSummary: (ready, notReady) => `Today: ${ready} ready, ${notReady} not ready`,
  signIn: "Sign in with GitHub",
  signOut: "Sign out",
  signedInAs: "Signed in as",
  publicOnly: "Only public repositories are shown; sign in to see the private repositories you can reach.",
  exports: "Export",
  other: "Français",
  notFound: "Relais does not know this repository, or you cannot see it.",
  report: "Report",
  onGithub: "View on GitHub",
  back: "Back to the dashboard",
  none: "none",
};

export function matrixLabels(language: Language): MatrixLabels {
  return language === "en" ? en : fr;
}
