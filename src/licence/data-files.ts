/**
 * Data files a repository ships: tables, spreadsheets, geodata, columnar files. JSON, YAML and XML
 * count only inside a data folder (elsewhere they are configuration); test fixtures, examples,
 * documentation assets and vendored trees never count.
 */
import type { FileIndex } from "../engine/file-index.js";

const DATA = new Set("csv tsv psv parquet feather arrow xlsx xls xlsm ods geojson topojson gpkg shp kml kmz gpx ndjson jsonl sqlite sqlite3 h5 hdf5 nc rds rdata dta sav dbf".split(" "));
const STRUCTURED = new Set(["json", "yaml", "yml", "xml"]);
const COMPRESSED = new Set(["gz", "zip", "bz2", "xz"]);
export const DATA_FOLDER = /(^|\/)(data|datas|dataset|datasets|donnees|données|open[-_]?data|exports?|jeux[-_]de[-_]donnees)\//i;
const NOT_DATA = /(^|\/)(tests?|spec|__tests__|__mocks__|fixtures?|mocks?|examples?|samples?|exemples?|\.github|config|conf|settings|locales?|i18n|translations?|\.vscode|\.idea|node_modules|docs?\/(assets|images|img))\//i;

/** How many data files outside a data folder make a repository one that ships data. */
export const DATA_FILES_THRESHOLD = 3;

/** The extension that says what a file holds, lower case: "csv" for "communes.csv.gz". */
function dataExtension(path: string): string | undefined {
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  if (dot <= slash) return undefined;
  let extension = path.slice(dot + 1).toLowerCase();
  if (COMPRESSED.has(extension)) {
    const inner = path.lastIndexOf(".", dot - 1);
    if (inner <= slash) return undefined;
    extension = path.slice(inner + 1, dot).toLowerCase();
  }
  return extension;
}

export interface DataFiles {
  files: string[];
  /** Folders holding them, for looking up a local licence or README. */
  folders: string[];
}

export function dataFiles(files: FileIndex): DataFiles {
  const found: string[] = [];
  let inFolder = 0;
  for (const path of files.own) {
    // Cheapest test first: this runs over every path of the tree.
    const extension = dataExtension(path);
    if (!extension) continue;
    const data = DATA.has(extension);
    if (!data && !STRUCTURED.has(extension)) continue;
    const folder = DATA_FOLDER.test(path);
    if ((data || folder) && !NOT_DATA.test(path)) {
      found.push(path);
      if (folder) inFolder++;
    }
  }
  if (inFolder === 0 && found.length < DATA_FILES_THRESHOLD) return { files: [], folders: [] };
  const folders = [...new Set(found.map((path) => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "")))];
  return { files: found, folders };
}
