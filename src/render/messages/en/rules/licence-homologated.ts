import { closestCandidates } from "../../candidates.js";
import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Homologated licence",
  why: "A French public body may publish its code only under a licence on the list set by decree (article D. 323-2-1 of the code des relations entre le public et l'administration).",
  how: "Pick a listed licence — for code: MIT, Apache-2.0, BSD-2-Clause, BSD-3-Clause, CeCILL-B, CeCILL-2.1, CeCILL-C, GPL, LGPL or AGPL v3, MPL-2.0, EPL-2.0, EUPL-1.2; for data: Licence Ouverte 2.0, ODbL — and put its official text in `LICENSE`.",
  outcomes: {
    homologated: ({ spdx, paths }, f) => `Licence ${f.code(spdx)} (${f.list(paths)}), on the list of homologated licences.`,
    "data-licence-on-code": ({ spdx }, f) => `${f.code(spdx)} is homologated for data and documents, not for code: add a listed software licence for the code.`,
    variant: ({ spdx, path, words }, f) => `${f.code(path)} holds ${f.code(spdx)}, a homologated licence, in a wording that differs from the reference text by about ${words} words without restricting anything.`,
    modified: ({ spdx, path, words }, f) => `${f.code(path)} holds the text of ${f.code(spdx)} with about ${words} words added inside it: an added clause may restrict the licence; check it or go back to the official text.`,
    "notice-only": ({ spdx, paths }, f) => `Licence ${f.code(spdx)} recognised from a short notice in ${f.list(paths)}, without the full text: add the official licence text.`,
    "with-unidentified": ({ spdx, unidentified }, f) => `Licence ${f.code(spdx)} is homologated, but no licence was recognised in ${f.list(unidentified)}: check what these files grant.`,
    "not-homologated": ({ spdx, failing }, f) => `${f.code(spdx)} is not on the list of homologated licences (because of ${f.list(failing)}).`,
    "upgradable-or-later": ({ spdx, to }, f) => `${f.code(spdx)} is not homologated, but its "or any later version" grant allows moving to ${f.code(to)}, which is: say that version in the licence file and headers.`,
    "upgradable-clause": ({ spdx, to, clause }, f) => `${f.code(spdx)} is not homologated, but the licence itself (${f.text(clause)}) allows redistributing the code under ${f.code(to)}, which is: replace the licence text.`,
    "upgradable-steward": ({ spdx, to }, f) => `${f.code(spdx)} is not homologated; its publisher provides for moving to ${f.code(to)}, which is: replace the licence text.`,
    "upgradable-relicense": ({ spdx, to }, f) => `${f.code(spdx)} is not homologated and does not allow moving to ${f.code(to)} by itself: changing the licence needs the agreement of every copyright holder.`,
    unknown: (params, f) => `No licence recognised in ${f.list(params.paths)}; closest texts: ${closestCandidates(params, f)}. Use the official text, unmodified.`,
    "unknown-no-candidate": ({ paths }, f) => `No licence recognised in ${f.list(paths)}.`,
    proprietary: ({ paths, reservation }, f) => `${f.list(paths)} grants no licence and says "${f.text(reservation)}": this is not an open licence, nobody may reuse the code.`,
    paraphrase: ({ spdx, path }, f) => `${f.code(path)} is titled ${f.code(spdx)}, a homologated licence, but its text is not the official one (a rewording or a summary): replace it with the official text.`,
    "homologated-bundled": ({ spdx, paths, bundled }, f) => `Licence ${f.code(spdx)} (${f.list(paths)}), on the list of homologated licences; the file also quotes the licence of a bundled component (${f.list(bundled)}), which is not the project's.`,
    choice: ({ spdx, listed }, f) => `Licence ${f.code(spdx)}: a choice left to the user, of which ${f.list(listed)} is on the list of homologated licences.`,
    unversioned: ({ paths, families }, f) => `${f.list(paths)} names ${f.list(families)} without the version homologation depends on (CeCILL 2.1 is listed, CeCILL 2.0 is not; GPL v3 is, GPL v2 is not): state the version or ship the official text.`,
    "declared-only": ({ spdx, path }, f) => `No licence file (see "Licence file"): ${f.code(path)} declares ${f.code(spdx)}, which is homologated.`,
    "declared-only-not-listed": ({ spdx, path }, f) => `No licence file, and ${f.code(path)} declares ${f.code(spdx)}, which is not homologated.`,
    missing: "No licence to examine: the licence file is missing (see \"Licence file\").",
  },
};
