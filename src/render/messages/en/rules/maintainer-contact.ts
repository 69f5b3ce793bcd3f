import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Maintainers and contact",
  why: "Once the défi is over, the administration and reusers need to know who answers for the code and how to reach them.",
  how: "Add a `MAINTAINERS.md` file (or `CODEOWNERS`) or a \"Contact\" section in the README naming the person or team in charge, with an e-mail address or a link.",
  template: "MAINTAINERS.md",
  outcomes: {
    configured: ({ path }, f) => `Contact set in the configuration: ${f.code(path)}.`,
    codeowners: ({ path }, f) => `Code owners declared in ${f.code(path)}.`,
    "maintainers-file": ({ path }, f) => `Maintainers: ${f.code(path)}.`,
    publiccode: ({ path }, f) => `Maintenance contacts in ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section "${f.text(heading)}" of ${f.code(path)}.`,
    sentence: ({ path }, f) => `Maintainer and a way to reach them given in ${f.code(path)}.`,
    missing: "Nobody is designated as maintainer or contact (credits, copyright lines and manifest `author` fields are not enough).",
  },
};
