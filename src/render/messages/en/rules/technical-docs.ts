import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Technical documentation",
  why: "Developers taking the project over need to know how the code is organised and why, without rereading all of it.",
  how: "Write a few pages in `docs/` (code layout, technical choices, conventions, tests) or a \"Development\" section in the README.",
  outcomes: {
    configured: ({ path }, f) => `Technical documentation set by the configuration: ${f.code(path)}.`,
    site: ({ path }, f) => `Documentation site configured by ${f.code(path)}.`,
    folder: ({ path, page }, f) => `Documentation in ${f.code(path)} (for instance ${f.code(page)}).`,
    file: ({ path }, f) => `Technical documentation: ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section "${f.text(heading)}" of ${f.code(path)}.`,
    "no-software": "The repository holds no software (documents only): no technical documentation expected.",
    missing: "No technical documentation: no docs/ folder with content, no documentation site, no development section.",
  },
};
