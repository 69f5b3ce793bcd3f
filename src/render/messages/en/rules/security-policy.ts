import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Security policy",
  why: "Someone who finds a vulnerability must know whom to tell privately rather than in a public issue, all the more for a government service.",
  how: "Add a `SECURITY.md` (at the root or in `.github/`): the address to report a vulnerability to, the expected response time, the supported versions.",
  template: "SECURITY.md",
  outcomes: {
    configured: ({ path }, f) => `Security policy set in the configuration: ${f.code(path)}.`,
    file: ({ path }, f) => `Security policy: ${f.code(path)}.`,
    "security-txt": ({ path }, f) => `Security contact published in ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section "${f.text(heading)}" of ${f.code(path)}.`,
    "security-txt-without-contact": ({ path }, f) => `${f.code(path)} exists but has no \`Contact:\` field, the only mandatory one.`,
    missing: "No security policy (no SECURITY file, security.txt, nor \"Security\" section giving a contact).",
  },
};
