import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Roadmap",
  why: "Whoever takes the product over needs to know what was planned, what was dropped and why, so as not to start from scratch.",
  how: "Add a `ROADMAP.md`: the vision in a few lines, what is done, the next steps by priority and the ideas that were dropped.",
  template: "ROADMAP.md",
  outcomes: {
    configured: ({ path }, f) => `Roadmap set in the configuration: ${f.code(path)}.`,
    file: ({ path }, f) => `Roadmap: ${f.code(path)}.`,
    publiccode: ({ path }, f) => `Roadmap linked from the \`roadmap\` key of ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section "${f.text(heading)}" of ${f.code(path)}.`,
    "todo-only": ({ path }, f) => `Only a to-do list exists (${f.code(path)}): it says what is left to do, not where the product is going.`,
    missing: "No roadmap (ROADMAP, vision, \"Next steps\" section) nor `roadmap` link in publiccode.yml.",
  },
};
