import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Feuille de route",
  why: "L'équipe qui reprend le produit doit savoir ce qui était prévu, ce qui a été écarté et pourquoi, pour ne pas repartir de zéro.",
  how: "Ajoutez un `ROADMAP.md` : la vision en quelques lignes, ce qui est fait, les prochaines étapes par ordre de priorité et les pistes abandonnées.",
  template: "ROADMAP.md",
  outcomes: {
    configured: ({ path }, f) => `Feuille de route désignée par la configuration : ${f.code(path)}.`,
    file: ({ path }, f) => `Feuille de route : ${f.code(path)}.`,
    publiccode: ({ path }, f) => `Feuille de route référencée par la clé \`roadmap\` de ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section « ${f.text(heading)} » de ${f.code(path)}.`,
    "todo-only": ({ path }, f) =>
      `Seule une liste de tâches existe (${f.code(path)}) : elle dit ce qu'il reste à faire, pas où va le produit.`,
    missing: "Aucune feuille de route (ROADMAP, vision, section « Prochaines étapes ») ni lien `roadmap` dans publiccode.yml.",
  },
};
