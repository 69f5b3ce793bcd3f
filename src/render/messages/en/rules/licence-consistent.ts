import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Consistent licence",
  why: "When the licence file, the manifests and publiccode.yml disagree, catalogues (code.gouv.fr, npm, PyPI) show a licence other than the one that applies.",
  how: "Make the manifests' `license` field and `legal.license` in `publiccode.yml` say the licence file's SPDX identifier.",
  outcomes: {
    consistent: ({ spdx, sources }, f) => `The declarations (${f.list(sources)}) agree with the licence file (${f.code(spdx)}).`,
    mismatch: ({ spdx, mismatches }, f) => `The licence file says ${f.code(spdx)}, but: ${f.list(mismatches)}.`,
    unreadable: ({ spdx, unreadable }, f) => `Licence file: ${f.code(spdx)}; declarations that are not recognisable SPDX identifiers: ${f.list(unreadable)}.`,
    corrected: ({ spdx, corrected }, f) => `Consistent with ${f.code(spdx)}, but some declarations are not valid SPDX identifiers (corrected here): ${f.list(corrected)}.`,
    "no-licence": "No identified licence to compare with.",
    "no-declaration": ({ spdx }, f) => `No manifest declares a licence: nothing to compare with ${f.code(spdx)}.`,
  },
};
