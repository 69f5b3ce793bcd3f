import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Changelog",
  why: "The IT department taking the project over needs to know what changes between versions before it deploys.",
  how: "Keep a `CHANGELOG.md` (\"Keep a Changelog\" format) or publish GitHub releases with notes.",
  outcomes: {
    file: ({ path }, f) => `Changelog: ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section "${f.text(heading)}" of ${f.code(path)}.`,
    releases: "GitHub releases serve as the changelog.",
    missing: "No changelog (CHANGELOG, HISTORY, NEWS) nor published release.",
  },
};
