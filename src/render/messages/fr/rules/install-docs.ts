import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Procédure d'installation",
  why: "Sans procédure d'installation, l'équipe qui reprend le code commence par deviner comment le faire tourner, et la DSI ne peut pas le déployer.",
  how: "Ajoutez un fichier `INSTALL.md` ou une section « Installation » au README : prérequis, configuration, puis les commandes, dans l'ordre, qui mènent d'un clone du dépôt à l'application qui tourne.",
  template: "INSTALL.md",
  outcomes: {
    configured: ({ path }, f) => `Procédure d'installation désignée par la configuration : ${f.code(path)}.`,
    file: ({ path }, f) => `Procédure d'installation : ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section « ${f.text(heading)} » de ${f.code(path)}.`,
    steps: ({ path }, f) => `Étapes d'installation en tête de ${f.code(path)} (des commandes, sans titre de section).`,
    linked: ({ path, heading, target }, f) => `Section « ${f.text(heading)} » de ${f.code(path)}, qui renvoie à ${f.code(target)}.`,
    "no-software": "Le dépôt ne contient pas de logiciel (seulement des documents) : rien à installer.",
    foreign: ({ paths }, f) => `Les pages d'installation trouvées (${f.list(paths)}) installent autre chose que ce projet (un paquet tiers, un thème de documentation hérité d'un modèle).`,
    "no-steps": ({ paths }, f) => `Une section ou un fichier d'installation existe (${f.list(paths)}), mais sans commandes ni étapes numérotées.`,
    missing: "Aucune procédure d'installation : ni fichier INSTALL, ni section « Installation », « Démarrage », « Mise en place » ou équivalente dans la documentation.",
  },
};
