/**
 * data-licence: data the repository ships is under a licence made for data and on the State's list,
 * etalab-2.0 (Licence Ouverte 2.0) or ODbL-1.0, said in a licence file or a README (the root ones,
 * or those of the data folders). Skipped when the repository ships no data (see licence/data-files.ts).
 */
import { basename } from "../file-index.js";
import { dataFiles } from "../../licence/data-files.js";
import { dataLicencesIn } from "../../licence/homologation.js";
import { isLicenceFileName } from "../../licence/locations.js";
import { findNotices } from "../../licence/notices.js";
import { readmeNotices } from "../../licence/statements.js";
import { parseSpdx } from "../../licence/expression.js";
import { readText } from "../snapshot.js";
import { fail, pass, skip, warn } from "../outcome.js";
import type { Evidence, Rule, RuleContext } from "../types.js";

const README = /^readme(\.[a-z]{2})?(\.(md|markdown|rst|txt|adoc))?$/i;
/** Folder READMEs and licence files read at most, to stay bounded on large trees. */
const MAX_FOLDER_FILES = 8;

export const rule: Rule = {
  id: "data-licence",
  axis: "ouverture",
  defaultLevel: "recommended",
  check(context) {
    const data = dataFiles(context.files);
    if (data.files.length === 0) return skip("data-licence.no-data");
    const examples = data.files.slice(0, 3);
    const evidence: Evidence[] = examples.map((path) => ({ path }));
    const analysis = context.licence();

    const fromFile = dataLicencesIn(analysis.expression ? parseSpdx(analysis.expression) ?? null : null);
    if (fromFile.length) {
      const file = analysis.files.find((item) => item.spdx && dataLicencesIn(parseSpdx(item.spdx) ?? null).length) ?? analysis.files[0];
      return pass("data-licence.licence-file", [...(file ? [{ path: file.path }] : []), ...evidence], { spdx: fromFile.join(", "), path: file?.path ?? "", count: data.files.length });
    }
    const statement = statements(context, data.folders);
    if (statement.listed) return pass("data-licence.statement", [{ path: statement.listed.path }, ...evidence], { spdx: statement.listed.spdx, path: statement.listed.path, count: data.files.length });
    if (statement.unversioned) return warn("data-licence.unversioned", [{ path: statement.unversioned }, ...evidence], { path: statement.unversioned, count: data.files.length });
    if (statement.old) return fail("data-licence.old-version", [{ path: statement.old }, ...evidence], { path: statement.old, count: data.files.length });
    return fail("data-licence.missing", evidence, { count: data.files.length, examples, spdx: analysis.expression ?? "" });
  },
};

interface Found {
  listed?: { path: string; spdx: string };
  unversioned?: string;
  old?: string;
}

/** Licence statements about data in root READMEs and the data folders' READMEs and licence files. */
function statements(context: RuleContext, folders: readonly string[]): Found {
  const candidates = [
    ...context.files.root.filter((path) => README.test(path) || isLicenceFileName(path)),
    ...context.files.own.filter((path) => {
      const slash = path.lastIndexOf("/");
      return slash > 0 && folders.includes(path.slice(0, slash)) && (README.test(basename(path)) || isLicenceFileName(basename(path)));
    }).slice(0, MAX_FOLDER_FILES),
  ];
  const found: Found = {};
  for (const path of candidates) {
    const text = readText(context.snapshot, path);
    if (!text) continue;
    const readings = README.test(basename(path))
      ? [readmeNotices(text).notices, findNotices(text.slice(0, 50000), { standalone: false })]
      : [findNotices(text.slice(0, 50000), { standalone: true })];
    for (const notices of readings) {
      const listed = dataLicencesIn(notices.tree);
      if (listed.length) return { listed: { path, spdx: listed.join(", ") } };
      if (notices.hits.some((hit) => hit.id === "LicenseRef-etalab-1.0")) found.old ??= path;
      if (notices.unresolved.includes("etalab")) found.unversioned ??= path;
    }
  }
  return found;
}

