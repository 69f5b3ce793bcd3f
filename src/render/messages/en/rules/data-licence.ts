import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Data licence",
  why: "Public data is reused under a licence homologated for data (Licence Ouverte 2.0 or ODbL); a software licence says nothing about reusing it.",
  how: "Say in the README or a licence file that the data is under the Licence Ouverte 2.0 (`etalab-2.0`) or ODbL 1.0, for instance \"The data in `data/` is published under the Licence Ouverte 2.0\".",
  outcomes: {
    "licence-file": ({ spdx, path, count }, f) => `Data (${count} files) covered by ${f.code(spdx)} in ${f.code(path)}.`,
    statement: ({ spdx, path, count }, f) => `Data (${count} files) under ${f.code(spdx)}, according to ${f.code(path)}.`,
    unversioned: ({ path }, f) => `${f.code(path)} names the Licence Ouverte without a version: say "Licence Ouverte 2.0" (etalab-2.0).`,
    "old-version": ({ path }, f) => `${f.code(path)} puts the data under the Licence Ouverte 1.0, replaced by version 2.0, the only one homologated.`,
    missing: ({ count, examples }, f) => `The repository holds data (${count} files, among them ${f.list(examples)}) without a homologated data licence (Licence Ouverte 2.0 or ODbL).`,
    "no-data": "No data files in the repository.",
  },
};
