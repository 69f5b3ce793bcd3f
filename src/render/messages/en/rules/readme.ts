import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "README that introduces the project",
  why: "The README is the first page anyone reads: without a few sentences on what the project is and whom it serves, nobody knows whether it concerns them or where to start.",
  how: "Open `README.md` with two or three sentences: what the project does, for whom (which administration, which staff or users), in what context; then say how to install or use it.",
  template: "README.md",
  outcomes: {
    described: ({ path }, f) => `${f.code(path)} introduces the project and says where to start.`,
    "no-usage": ({ path }, f) => `${f.code(path)} introduces the project but never says how to install or use it (no section, no command, no link to documentation in the repository).`,
    runbook: ({ path }, f) => `${f.code(path)} only lists technical instructions: it never says what the project is or whom it serves.`,
    template: ({ path }, f) => `${f.code(path)} still holds the text of a template or project generator instead of an introduction.`,
    thin: ({ path }, f) => `${f.code(path)} is only a title, badges or links: no sentence introduces the project.`,
    unreadable: ({ path }, f) => `${f.code(path)} could not be read (binary or too large).`,
    missing: "No README at the root of the repository.",
  },
};
