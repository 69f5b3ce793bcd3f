import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Licence des données",
  why: "Les données publiques se réutilisent sous une licence homologuée pour les données (Licence Ouverte 2.0 ou ODbL) ; une licence logicielle ne dit rien de leur réutilisation.",
  how: "Indiquez dans le README ou un fichier de licence que les données sont sous Licence Ouverte 2.0 (`etalab-2.0`) ou ODbL 1.0, par exemple « Les données du dossier `data/` sont publiées sous Licence Ouverte 2.0 ».",
  outcomes: {
    "licence-file": ({ spdx, path, count }, f) => `Données (${count} fichiers) couvertes par ${f.code(spdx)} dans ${f.code(path)}.`,
    statement: ({ spdx, path, count }, f) => `Données (${count} fichiers) sous ${f.code(spdx)}, d'après ${f.code(path)}.`,
    unversioned: ({ path }, f) => `${f.code(path)} cite la Licence Ouverte sans version : précisez « Licence Ouverte 2.0 » (etalab-2.0).`,
    "old-version": ({ path }, f) => `${f.code(path)} place les données sous la Licence Ouverte 1.0, remplacée par la version 2.0, seule homologuée.`,
    missing: ({ count, examples }, f) => `Le dépôt contient des données (${count} fichiers, dont ${f.list(examples)}) sans licence de données homologuée (Licence Ouverte 2.0 ou ODbL).`,
    "no-data": "Pas de fichiers de données dans le dépôt.",
  },
};
