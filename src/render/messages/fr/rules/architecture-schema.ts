import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Schéma d'architecture",
  why: "Un schéma montre en un coup d'œil les briques de l'application et leurs échanges : c'est ce que demandent d'abord une DSI qui héberge et une équipe qui reprend le code.",
  how: "Ajoutez un schéma de l'application (image, draw.io, ou bloc Mermaid) dans un fichier `ARCHITECTURE.md` ou une section « Architecture » du README : composants, bases de données, services externes, flux.",
  template: "ARCHITECTURE.md",
  outcomes: {
    configured: ({ path }, f) => `Schéma d'architecture désigné par la configuration : ${f.code(path)}.`,
    file: ({ path }, f) => `Schéma d'architecture : ${f.code(path)}.`,
    embedded: ({ path, image, heading }, f) =>
      heading ? `Schéma ${f.code(image)} dans la section « ${f.text(heading)} » de ${f.code(path)}.` : `Schéma ${f.code(image)} dans ${f.code(path)}.`,
    "diagram-code": ({ path, heading, kind }, f) =>
      heading ? `Diagramme ${f.text(kind)} dans la section « ${f.text(heading)} » de ${f.code(path)}.` : `Diagramme ${f.text(kind)} dans ${f.code(path)}.`,
    "text-only": ({ path, heading }, f) =>
      `L'architecture est décrite en texte (${heading ? `« ${f.text(heading)} » de ` : ""}${f.code(path)}) mais sans schéma : ajoutez-en un, même simple.`,
    broken: ({ path, images }, f) => `${f.code(path)} insère des schémas absents du dépôt (${f.list(images)}).`,
    "no-software": "Le dépôt ne contient pas de logiciel (seulement des documents) : pas d'architecture à dessiner.",
    missing: "Aucun schéma d'architecture : ni fichier de schéma, ni image ou diagramme dans une section ou un document d'architecture.",
  },
};
