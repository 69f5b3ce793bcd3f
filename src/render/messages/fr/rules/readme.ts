import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "README qui présente le projet",
  why: "Le README est la première page lue : sans quelques phrases sur ce qu'est le projet et à qui il sert, personne ne sait s'il doit s'y intéresser ni par où commencer.",
  how: "Ouvrez le `README.md` par deux ou trois phrases : ce que fait le projet, pour qui (quelle administration, quels agents ou usagers), dans quel cadre ; puis dites comment l'installer ou l'utiliser.",
  template: "README.md",
  outcomes: {
    described: ({ path }, f) => `${f.code(path)} présente le projet et dit par où commencer.`,
    "no-usage": ({ path }, f) => `${f.code(path)} présente le projet mais ne dit pas comment l'installer ni l'utiliser (ni section, ni commande, ni lien vers une documentation du dépôt).`,
    runbook: ({ path }, f) => `${f.code(path)} n'aligne que des consignes techniques : il ne dit nulle part ce qu'est le projet ni à qui il sert.`,
    template: ({ path }, f) => `${f.code(path)} contient encore le texte d'un modèle ou d'un générateur de projet au lieu d'une présentation.`,
    thin: ({ path }, f) => `${f.code(path)} se limite à un titre, des badges ou des liens : aucune phrase ne présente le projet.`,
    unreadable: ({ path }, f) => `${f.code(path)} n'a pas pu être lu (fichier binaire ou trop volumineux).`,
    missing: "Aucun README à la racine du dépôt.",
  },
};
