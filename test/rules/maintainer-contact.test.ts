import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.js";
import { memorySnapshot } from "../../src/engine/snapshot.js";

const check = (files: Record<string, string>) => audit(memorySnapshot(files)).findings.find((f) => f.rule === "maintainer-contact")!;

describe("maintainer-contact", () => {
  it.each([
    ["a root CODEOWNERS", { CODEOWNERS: "* @alice @bob\n" }, "maintainer-contact.codeowners", "CODEOWNERS"],
    ["a .github CODEOWNERS", { ".github/CODEOWNERS": "# owners\n/src/ @org/team\n" }, "maintainer-contact.codeowners", ".github/CODEOWNERS"],
    ["a MAINTAINERS file", { "MAINTAINERS.md": "# Mainteneurs\n\n- Alice, DSI\n" }, "maintainer-contact.maintainers-file", "MAINTAINERS.md"],
    [
      "publiccode.yml maintenance contacts",
      { "publiccode.yml": 'maintenance:\n  type: community\n  contacts:\n    - name: "Chloé"\n      email: "chloe@social.gouv.fr"\n' },
      "maintainer-contact.publiccode",
      "publiccode.yml",
    ],
    ["a maintenance section with an address", { "readme.md": "# Défi\n\n## Maintenance de ce dépôt\n\nPour toute question : [jb@data.gouv.fr](mailto:jb@data.gouv.fr)\n" }, "maintainer-contact.section", "readme.md"],
    ["a contact section in CONTRIBUTING", { "CONTRIBUTING.md": "# How to contribute\n\n## Contact\n\nYou can contact him by email: antoine@justice.fr\n" }, "maintainer-contact.section", "CONTRIBUTING.md"],
    ["an authors section that gives an address", { "README.md": "# App\n\n## Licence, Auteurs\n\nPour tout contact, envoyez un mail à [seb@ecologie.gouv.fr](mailto:seb@ecologie.gouv.fr).\n" }, "maintainer-contact.section", "README.md"],
    ["a contact section with a link", { "README.md": "# App\n\n## 📬 Contact\n\nÉcrivez-nous via [le formulaire](https://beta.gouv.fr/contact).\n" }, "maintainer-contact.section", "README.md"],
    [
      "a sentence naming the maintaining team with an address",
      { "README.md": "# Schéma\n\n## Modifier le schéma\n\n- ouvrir une issue,\n- écrire à l'équipe qui maintient ce projet <opensource@hdh.fr>\n" },
      "maintainer-contact.section",
      "README.md",
    ],
    ["a maintained-by sentence with a link", { "README.md": "Ce projet est maintenu par le [Health Data Hub](https://www.health-data-hub.fr/).\n" }, "maintainer-contact.sentence", "README.md"],
  ])("passes on %s", (_, files, key, path) => {
    const finding = check(files);
    expect(finding).toMatchObject({ status: "pass", message: { key } });
    expect(finding.evidence[0]?.path).toBe(path);
  });

  it.each([
    ["nothing", { "README.md": "# App\n" }],
    ["a copyright line", { "LICENSE": "Copyright (c) 2019 Alice <alice@gouv.fr>\n", "README.md": "# App\n" }],
    ["a manifest author", { "package.json": '{"author": "Alice <alice@interieur.gouv.fr>"}', "README.md": "# App\n" }],
    ["credits with a link", { "README.md": "# App\n\n## 👥 Crédits\n\nCrédits et gouvernance : [matchid.io](https://matchid.io)\n" }],
    ["names of the original developers", { "README.md": "# App\n\n## Contexte de développement\n\nDéveloppé par Francis et Tristram, porté par le datalab du ministère.\n" }],
    ["an address in a code block", { "README.md": "# App\n\n## Contact\n\n```\ngit clone git@github.com:org/app.git\n```\n" }],
    ["a placeholder address", { "README.md": "# App\n\n## Contact\n\nÉcrivez à prenom.nom@example.com\n" }],
    ["an empty CODEOWNERS", { CODEOWNERS: "# nobody yet\n" }],
    ["an AUTHORS file", { AUTHORS: "Alice <alice@gouv.fr>\n" }],
    ["a contact section in a sub-package README", { "packages/api/README.md": "# API\n\n## Contact\n\napi@gouv.fr\n" }],
  ])("fails on %s", (_, files) => {
    expect(check(files)).toMatchObject({ status: "fail", message: { key: "maintainer-contact.missing" } });
  });

  it("points at the publiccode.yml contact's line", () => {
    const finding = check({ "publiccode.yml": "name: x\nmaintenance:\n  type: internal\n  contacts:\n    - name: Équipe\n" });
    expect(finding.evidence).toEqual([{ path: "publiccode.yml", line: 5 }]);
  });
});
