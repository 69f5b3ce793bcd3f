import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Installation instructions",
  why: "Without installation instructions, whoever takes the code over starts by guessing how to run it, and the IT department cannot deploy it.",
  how: "Add an `INSTALL.md` file or an \"Installation\" section to the README: prerequisites, configuration, then the commands, in order, that take a fresh clone to a running application.",
  template: "INSTALL.md",
  outcomes: {
    configured: ({ path }, f) => `Installation instructions set by the configuration: ${f.code(path)}.`,
    file: ({ path }, f) => `Installation instructions: ${f.code(path)}.`,
    section: ({ path, heading }, f) => `Section "${f.text(heading)}" of ${f.code(path)}.`,
    steps: ({ path }, f) => `Installation steps at the top of ${f.code(path)} (commands, without a section heading).`,
    linked: ({ path, heading, target }, f) => `Section "${f.text(heading)}" of ${f.code(path)}, pointing to ${f.code(target)}.`,
    "no-software": "The repository holds no software (documents only): nothing to install.",
    foreign: ({ paths }, f) => `The installation pages found (${f.list(paths)}) install something other than this project (a third-party package, a documentation theme left over from a template).`,
    "no-steps": ({ paths }, f) => `An installation section or file exists (${f.list(paths)}), but without commands or numbered steps.`,
    missing: "No installation instructions: no INSTALL file, no \"Installation\", \"Getting started\", \"Setup\" or similar section in the documentation.",
  },
};
