import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Licence file",
  why: "Without a licence text in the repository, nobody may legally reuse the code: publishing it does not open it.",
  how: "Add a `LICENSE` file at the root holding the full official text of a homologated licence (MIT, EUPL-1.2 or CeCILL-2.1, for instance).",
  outcomes: {
    file: ({ paths }, f) => `Licence file: ${f.list(paths)}.`,
    "manifest-file": ({ path }, f) => `Licence file named by a manifest: ${f.code(path)}.`,
    reuse: ({ paths }, f) => `Licence texts in the REUSE folder: ${f.list(paths)}.`,
    empty: ({ path }, f) => `${f.code(path)} is empty.`,
    "missing-pointer": ({ manifest, target }, f) => `${f.code(manifest)} points to the licence file ${f.code(target)}, which is not in the repository.`,
    "declared-only": ({ spdx, paths }, f) => `No licence file: ${f.list(paths)} declares ${f.code(spdx)}, but the licence text is not in the repository.`,
    missing: "No licence file at the root (LICENSE, LICENCE, COPYING…).",
  },
};
