import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Contribution guide",
  why: "Without contribution rules, nobody outside the team knows how to propose a fix or who will review it.",
  how: "Add a `CONTRIBUTING.md` file (at the root or in `.github/`): how to run the project locally, the tests, what a proposal should look like.",
  template: "CONTRIBUTING.md",
  outcomes: {
    file: ({ path }, f) => `Contribution guide: ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section "${f.text(heading)}" of ${f.code(path)}.`,
    missing: "No contribution guide (no CONTRIBUTING file nor README section).",
  },
};
