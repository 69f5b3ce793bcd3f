import { describe, expect, it } from "vitest";
import { proseKind, sentencesOf } from "../../src/engine/prose-kinds.js";

describe("proseKind", () => {
  it.each([
    ["Cartomer dessine les zones de pêche du littoral pour les inspecteurs.", "description"],
    ["An API for people who died in France from 1970.", "description"],
    ["Archifiltre aide les archivistes à visualiser une arborescence de fichiers.", "description"],
    ["Voici la marche à suivre pour faire tourner l'application.", "procedure"],
    ["You need to install Docker and docker-compose to run the project.", "procedure"],
    ["Clone the repository and run the script.", "procedure"],
    ["Prerequisites: Java 17.", "procedure"],
    ["Un service pour déployer les applications de l'État en quelques minutes.", "description"],
    ["A tool to run the analysis pipeline that teams can use every day.", "description"],
    ["Pour lancer l'application, ouvrez un terminal.", "procedure"],
    ["Please refer to the new repository.", "pointer"],
    ["Voir le wiki pour le détail.", "pointer"],
    ["Ce dépôt contient seulement une partie de notre travail.", "pointer"],
    ["This project is deprecated.", "archive"],
    ["Ce dépôt est archivé.", "archive"],
    ["Ce projet n'est plus maintenu.", "archive"],
  ])("%s → %s", (sentence, kind) => {
    expect(proseKind(sentence)).toBe(kind);
  });

  it("splits a paragraph into sentences", () => {
    expect(sentencesOf("Cartomer dessine les zones. Voir le wiki. 2024 : mise en ligne !")).toEqual(["Cartomer dessine les zones.", "Voir le wiki.", "2024 : mise en ligne !"]);
  });
});
