/**
 * The words of the organisation report, in French and English. Rule titles come from the message
 * catalogues; these are the report's own labels (columns, statuses, reasons). Values are never
 * interpolated here: each renderer escapes them for its format.
 */
import type { Language } from "./messages/index.js";
import type { OrgSummary, RowStatus, SkipReason } from "./org-report.js";

export interface OrgLabels {
  title: string;
  generated: string;
  columns: {
    repository: string;
    description: string;
    status: string;
    reason: string;
    licence: string;
    homologated: string;
    requiredPassed: string;
    requiredFailed: string;
    missingRequired: string;
    missingRecommended: string;
    visibility: string;
    archived: string;
    fork: string;
    configProblems: string;
    url: string;
  };
  status: Record<RowStatus, string>;
  skip: Record<SkipReason, string>;
  visibility: Record<"public" | "private" | "internal", string>;
  yes: string;
  no: string;
  unknown: string;
  none: string;
  /** A label's colon: French puts a space before it. */
  colon: string;
  summary(summary: OrgSummary): string;
}

const fr: OrgLabels = {
  title: "Relais : état de passation des dépôts de l'organisation",
  generated: "Généré le",
  columns: {
    repository: "Dépôt",
    description: "Description",
    status: "État",
    reason: "Motif",
    licence: "Licence (SPDX)",
    homologated: "Licence homologuée",
    requiredPassed: "Obligatoires remplis",
    requiredFailed: "Obligatoires manquants",
    missingRequired: "Manque (obligatoire)",
    missingRecommended: "Manque (recommandé)",
    visibility: "Visibilité",
    archived: "Archivé",
    fork: "Fork",
    configProblems: "Configuration invalide",
    url: "Adresse",
  },
  status: { pass: "prêt", fail: "à compléter", skipped: "non audité", error: "erreur" },
  skip: { archived: "dépôt archivé", fork: "fork", empty: "dépôt vide", ignored: "exclu par la configuration", "settings-repository": "dépôt de paramètres .github" },
  visibility: { public: "public", private: "privé", internal: "interne" },
  yes: "oui",
  no: "non",
  unknown: "inconnue",
  none: "aucune",
  colon: " : ",
  summary: (s) => `${plural(s.repositories, "dépôt")} : ${plural(s.passing, "prêt")}, ${s.failing} à compléter, ${s.skipped} non audité${s.skipped > 1 ? "s" : ""}, ${s.errors} en erreur`,
};

const en: OrgLabels = {
  title: "Relais: handover readiness of the organisation's repositories",
  generated: "Generated on",
  columns: {
    repository: "Repository",
    description: "Description",
    status: "Status",
    reason: "Reason",
    licence: "Licence (SPDX)",
    homologated: "Licence homologated",
    requiredPassed: "Required met",
    requiredFailed: "Required missing",
    missingRequired: "Missing (required)",
    missingRecommended: "Missing (recommended)",
    visibility: "Visibility",
    archived: "Archived",
    fork: "Fork",
    configProblems: "Invalid configuration",
    url: "Address",
  },
  status: { pass: "ready", fail: "incomplete", skipped: "not audited", error: "error" },
  skip: { archived: "archived repository", fork: "fork", empty: "empty repository", ignored: "excluded by the configuration", "settings-repository": ".github settings repository" },
  visibility: { public: "public", private: "private", internal: "internal" },
  yes: "yes",
  no: "no",
  unknown: "unknown",
  none: "none",
  colon: ": ",
  summary: (s) => `${pluralEn(s.repositories, "repository", "repositories")}: ${s.passing} ready, ${s.failing} incomplete, ${s.skipped} not audited, ${pluralEn(s.errors, "error")}`,
};

/** French puts the plural from 2 ("0 dépôt", "2 dépôts"), English from everything but 1 ("0 errors"). */
function plural(count: number, word: string): string {
  return `${count} ${word}${count > 1 ? "s" : ""}`;
}

function pluralEn(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

export function orgLabels(language: Language): OrgLabels {
  return language === "en" ? en : fr;
}

/** Yes, no, or unknown for a licence's homologation. */
export function yesNo(labels: OrgLabels, value: boolean | null | undefined): string {
  return value === true ? labels.yes : value === false ? labels.no : labels.unknown;
}
