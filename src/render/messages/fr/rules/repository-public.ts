import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Dépôt public",
  why: "Le code source d'une administration est un document administratif communicable : il doit être publié pour être réutilisé et repris.",
  how: "Passez le dépôt en visibilité publique (Settings › General › Danger Zone › Change visibility) après avoir vérifié qu'il ne contient ni secret ni donnée personnelle.",
  outcomes: {
    local: "Non vérifiable sur un dossier local : seule la forge connaît la visibilité du dépôt. Lancez l'audit sur le dépôt GitHub pour le vérifier.",
    public: ({ repository }, f) => `${f.code(repository)} est public.`,
    "not-public": ({ repository, visibility }, f) =>
      `${f.code(repository)} n'est pas public (visibilité : ${f.code(visibility)}).`,
    unknown: ({ repository }, f) => `La visibilité de ${f.code(repository)} n'a pas pu être lue.`,
  },
};
