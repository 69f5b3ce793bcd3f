/**
 * Which reference texts the matcher compares a licence file with, and how they relate.
 *
 * First every homologated licence (in French too where an official French text exists), then the
 * relatives a file is mistaken for (older versions, Lesser/Affero variants, the CeCILL family, EUPL
 * 1.0/1.1), then the lookalikes and common licences met in French public repositories (permissive
 * short texts, Creative Commons, open data licences); then every other SPDX licence. The texts are
 * indexed once at build time (prebuilt-index.ts), so start-up reads one compact file, not 700.
 *
 * GNU licences are listed under their bare id (GPL-3.0): a bare text cannot say -only or -or-later,
 * the analysis decides that from the grant.
 */

import { createRequire } from "node:module";

export interface ReferenceSpec {
  id: string;
  /** Relatives share a family; version siblings are looked up by version within it. */
  family: string;
  version?: string;
  language: "en" | "fr";
  /** Where the text comes from: the spdx-license-list id, or a file under data/licences/texts/. */
  spdxText?: string;
  dataFile?: string;
}

const en = (id: string, family: string, version?: string, spdxText = id): ReferenceSpec => ({ id, family, language: "en", spdxText, ...(version ? { version } : {}) });

/** The licences met in French public repositories, first: an exact tie between two texts goes to the earlier one. */
const CURATED: readonly ReferenceSpec[] = [
  // Homologated.
  en("MIT", "MIT"),
  en("Apache-2.0", "Apache", "2.0"),
  en("BSD-2-Clause", "BSD-2-Clause"),
  en("BSD-3-Clause", "BSD-3-Clause"),
  en("CECILL-B", "CECILL-B", "1.0"),
  { id: "CECILL-B", family: "CECILL-B", version: "1.0", language: "fr", dataFile: "CECILL-B.fr.txt" },
  en("CECILL-C", "CECILL-C", "1.0"),
  { id: "CECILL-C", family: "CECILL-C", version: "1.0", language: "fr", dataFile: "CECILL-C.fr.txt" },
  en("CECILL-2.1", "CECILL", "2.1"),
  { id: "CECILL-2.1", family: "CECILL", version: "2.1", language: "fr", dataFile: "CECILL-2.1.fr.txt" },
  en("GPL-3.0", "GPL", "3", "GPL-3.0-only"),
  { id: "LGPL-3.0", family: "LGPL", version: "3", language: "en", dataFile: "LGPL-3.0.alone.en.txt" },
  en("AGPL-3.0", "AGPL", "3", "AGPL-3.0-only"),
  en("MPL-2.0", "MPL", "2.0"),
  en("EPL-2.0", "EPL", "2.0"),
  en("EUPL-1.2", "EUPL", "1.2"),
  { id: "EUPL-1.2", family: "EUPL", version: "1.2", language: "fr", dataFile: "EUPL-1.2.fr.txt" },
  { id: "etalab-2.0", family: "etalab", version: "2.0", language: "fr", spdxText: "etalab-2.0" },
  { id: "etalab-2.0", family: "etalab", version: "2.0", language: "en", dataFile: "etalab-2.0.en.txt" },
  en("ODbL-1.0", "ODbL", "1.0"),
  // Older versions and variants of the homologated ones.
  en("GPL-1.0", "GPL", "1", "GPL-1.0-only"),
  en("GPL-2.0", "GPL", "2", "GPL-2.0-only"),
  en("LGPL-2.0", "LGPL", "2", "LGPL-2.0-only"),
  en("LGPL-2.1", "LGPL", "2.1", "LGPL-2.1-only"),
  en("AGPL-1.0", "AGPL", "1", "AGPL-1.0-only"),
  { id: "CECILL-1.0", family: "CECILL", version: "1.0", language: "fr", spdxText: "CECILL-1.0" },
  en("CECILL-1.1", "CECILL", "1.1"),
  en("CECILL-2.0", "CECILL", "2.0"),
  en("EUPL-1.0", "EUPL", "1.0"),
  en("EUPL-1.1", "EUPL", "1.1"),
  en("MPL-1.0", "MPL", "1.0"),
  en("MPL-1.1", "MPL", "1.1"),
  en("EPL-1.0", "EPL", "1.0"),
  en("Apache-1.0", "Apache", "1.0"),
  en("Apache-1.1", "Apache", "1.1"),
  en("BSD-4-Clause", "BSD-4-Clause"),
  en("BSD-3-Clause-Clear", "BSD-3-Clause-Clear"),
  en("BSD-1-Clause", "BSD-1-Clause"),
  en("0BSD", "0BSD"),
  // Lookalikes of the short permissive texts.
  en("X11", "X11"),
  en("MIT-0", "MIT-0"),
  en("MIT-CMU", "MIT-CMU"),
  en("ISC", "ISC"),
  en("Zlib", "Zlib"),
  en("BSL-1.0", "BSL-1.0"),
  en("Unlicense", "Unlicense"),
  en("WTFPL", "WTFPL"),
  en("NCSA", "NCSA"),
  en("PostgreSQL", "PostgreSQL"),
  en("UPL-1.0", "UPL-1.0"),
  en("MS-PL", "MS-PL"),
  en("AFL-3.0", "AFL-3.0"),
  en("OSL-3.0", "OSL-3.0"),
  en("Artistic-2.0", "Artistic", "2.0"),
  en("CDDL-1.0", "CDDL", "1.0"),
  en("OFL-1.1", "OFL", "1.1"),
  // Creative Commons and open data licences, met on documentation and data.
  en("CC0-1.0", "CC0", "1.0"),
  en("CC-BY-2.0", "CC-BY", "2.0"),
  en("CC-BY-3.0", "CC-BY", "3.0"),
  en("CC-BY-4.0", "CC-BY", "4.0"),
  en("CC-BY-SA-2.0", "CC-BY-SA", "2.0"),
  en("CC-BY-SA-3.0", "CC-BY-SA", "3.0"),
  en("CC-BY-SA-4.0", "CC-BY-SA", "4.0"),
  en("CC-BY-NC-4.0", "CC-BY-NC", "4.0"),
  en("CC-BY-ND-4.0", "CC-BY-ND", "4.0"),
  en("CC-BY-NC-SA-4.0", "CC-BY-NC-SA", "4.0"),
  en("CC-BY-NC-ND-4.0", "CC-BY-NC-ND", "4.0"),
  en("ODC-By-1.0", "ODC-By", "1.0"),
  en("PDDL-1.0", "PDDL", "1.0"),
  // Texts that contain 80 % or more of a homologated licence's text (measured over every SPDX text,
  // see BENCHMARKS.md): a BSD-2-Clause with an extra clause, an MIT with a "Good, not Evil" clause,
  // Apache 2.0 variants. Without them such a text would pass for the homologated licence it extends.
  ...[
    "BSD-2-Clause-Darwin", "BSD-2-Clause-FreeBSD", "BSD-2-Clause-NetBSD", "BSD-2-Clause-Patent", "BSD-2-Clause-Views", "BSD-2-Clause-first-lines",
    "BSD-3-Clause-Attribution", "BSD-3-Clause-HP", "BSD-3-Clause-LBNL", "BSD-3-Clause-Modification", "BSD-3-Clause-No-Military-License",
    "BSD-3-Clause-No-Nuclear-License-2014", "BSD-3-Clause-Open-MPI", "BSD-3-Clause-Tso", "BSD-3-Clause-acpica", "BSD-4-Clause-UC",
    "BSD-Advertising-Acknowledgement", "BSD-Mark-Modifications", "BSD-Source-Code", "BSD-Source-beginning-file", "BSD-Systemics",
    "BSD-Systemics-W3Works", "Caldera", "Caldera-no-preamble", "DocBook-XML", "ECL-2.0", "Entessa", "FSL-1.1-MIT", "FreeBSD-DOC", "ImageMagick",
    "Imlib2", "Inner-Net-2.0", "Intel", "JSON", "MIT-Click", "MIT-Khronos-old", "MIT-STK", "MIT-advertising", "MIT-enna", "MIT-feh", "MITNFA",
    "Mup", "NRL", "Naumen", "Net-SNMP", "OLDAP-2.0", "OLDAP-2.0.1", "OLDAP-2.1", "OLDAP-2.2", "OLDAP-2.2.1", "OLDAP-2.2.2", "OLDAP-2.3",
    "OLDAP-2.4", "OLDAP-2.5", "OLDAP-2.6", "OLDAP-2.7", "OSET-PL-2.1", "OpenSSL", "OpenSSL-standalone", "PHP-3.0", "PHP-3.01", "Pixar",
    "Plexus", "SGI-B-2.0", "SHL-0.5", "SHL-0.51", "SSLeay-standalone", "SSPL-1.0", "Saxpath", "Sendmail", "Sendmail-8.23", "Sleepycat",
    "TMate", "TOSL", "TTYP0", "VSL-1.0", "X11-distribute-modifications-variant", "X11-no-permit-persons", "X11-swapped", "Xdebug-1.03",
    "Xnet", "ZPL-1.1", "ZPL-2.0", "ZPL-2.1", "Zend-2.0", "bzip2-1.0.5", "bzip2-1.0.6", "radvd",
  ].map((id) => en(id, id)),
];

const require = createRequire(import.meta.url);

/**
 * Every other SPDX licence whose text spdx-license-list ships, so that any SPDX licence is
 * recognisable (CERN-OHL-W-2.0, GFDL, a rare BSD variant) instead of "not recognised". Left out:
 * deprecated ids (spdx-license-ids), "-or-later" and "+" forms whose "-only" twin carries the same
 * text, and GNU ids (carried bare above). Only the two id lists are read here; the texts are read
 * once, at build time, into the prebuilt index (prebuilt-index.ts).
 */
function otherSpdxReferences(curated: readonly ReferenceSpec[]): ReferenceSpec[] {
  const ids = require("spdx-license-list/simple") as Set<string>;
  const deprecated = new Set(require("spdx-license-ids/deprecated.json") as string[]);
  const taken = new Set(curated.map((spec) => spec.spdxText ?? spec.id));
  const families = new Set(curated.map((spec) => spec.family));
  const extra: ReferenceSpec[] = [];
  // The plainer id first ("GFDL-1.3-only" before "GFDL-1.3-invariants-only"): identical texts go to it.
  const parts = (id: string) => id.split("-").length;
  for (const id of [...ids].sort((a, b) => parts(a) - parts(b) || (a < b ? -1 : a > b ? 1 : 0))) {
    if (taken.has(id) || deprecated.has(id) || /^(A|L)?GPL-\d\.\d/.test(id)) continue;
    if (/(-or-later|\+)$/.test(id) && ids.has(id.replace(/(-or-later|\+)$/, "-only"))) continue;
    // "CC-BY-2.5" is a version of the CC-BY family: a stated version can then move a match to it.
    const versioned = /^(.+?)-(\d+(?:\.\d+)*)(?:-only)?$/.exec(id);
    const family = versioned && families.has(versioned[1]!) ? versioned[1]! : id;
    extra.push(en(id, family, family === id ? undefined : versioned![2]));
  }
  return extra;
}

export const REFERENCES: readonly ReferenceSpec[] = [...CURATED, ...otherSpdxReferences(CURATED)];
/** How many of REFERENCES are the curated set (the rest: every other SPDX text). */
export const CURATED_COUNT = CURATED.length;

/**
 * Versions of a family that exist but whose text is not among the references (in some language):
 * a file saying "Version 2.0" of a CeCILL text in French is CeCILL 2.0 even though the reference
 * closest to it is the French 2.1.
 */
const EXTRA_VERSIONS: Record<string, Record<string, string>> = {
  etalab: { "1.0": "LicenseRef-etalab-1.0" },
  "CC-BY": { "1.0": "CC-BY-1.0", "2.5": "CC-BY-2.5" },
  "CC-BY-SA": { "1.0": "CC-BY-SA-1.0", "2.5": "CC-BY-SA-2.5" },
  "CC-BY-NC": { "2.0": "CC-BY-NC-2.0", "3.0": "CC-BY-NC-3.0" },
  "CC-BY-ND": { "2.0": "CC-BY-ND-2.0", "3.0": "CC-BY-ND-3.0" },
  "CC-BY-NC-SA": { "2.0": "CC-BY-NC-SA-2.0", "3.0": "CC-BY-NC-SA-3.0" },
  "CC-BY-NC-ND": { "2.0": "CC-BY-NC-ND-2.0", "3.0": "CC-BY-NC-ND-3.0" },
};

/**
 * Words a version has and its predecessors lack, in every language it is carried in. A French CeCILL
 * 2.0 (whose text Relais does not carry) is closest to the French 2.1; without a version line to
 * settle it, the missing "Affero" (2.1 added compatibility with the GNU Affero GPL) keeps it from
 * passing for 2.1. The same for EUPL 1.2, whose appendix alone lists the LiLiQ licences.
 */
export const DISTINCTIVE_WORDS: Record<string, readonly string[]> = {
  "CECILL-2.1": ["affero"],
  "EUPL-1.2": ["liliq"],
};

/** "3" and "3.0" are one version. */
export function sameVersion(a: string, b: string): boolean {
  const strip = (v: string) => v.replace(/(\.0)+$/, "");
  return strip(a) === strip(b);
}

/** The id of a family's version, when that version is known. */
export function familyVersion(family: string, version: string): string | undefined {
  const known = REFERENCES.find((spec) => spec.family === family && spec.version !== undefined && sameVersion(spec.version, version));
  if (known) return known.id;
  const extra = EXTRA_VERSIONS[family];
  if (!extra) return undefined;
  const key = Object.keys(extra).find((v) => sameVersion(v, version));
  return key ? extra[key] : undefined;
}
