import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "User manual",
  why: "Without a user guide, the staff who take the tool over depend on the défi team to train every new user.",
  how: "Write a guide for users (`docs/user-guide.md` or a \"Usage\" section of the README): what each screen is for, the usual workflows, frequent questions, with screenshots.",
  template: "USER-GUIDE.md",
  outcomes: {
    configured: ({ path }, f) => `User manual set in the configuration: ${f.code(path)}.`,
    file: ({ path }, f) => `User manual: ${f.code(path)}.`,
    page: ({ path, heading }, f) => `Page "${f.text(heading)}": ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section "${f.text(heading)}" of ${f.code(path)}.`,
    "commands-only": ({ path, heading }, f) =>
      `Section "${f.text(heading)}" of ${f.code(path)} only holds commands: it is written for developers, not for users.`,
    missing: "No documentation for users (no manual, guide, FAQ, nor \"Usage\" or \"Features\" section).",
  },
};
