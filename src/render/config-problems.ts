/** A configuration problem in words: its code through the catalogue, else (a problem without a code) its English message. */
import type { ConfigProblem } from "../engine/types.js";
import { formatMessage, lookup, type Catalogue, type Format } from "./messages/index.js";

export function configProblemText(cat: Catalogue, problem: ConfigProblem, format: Format): string {
  const what = problem.code && lookup(cat, `config.${problem.code}`) !== undefined ? formatMessage(cat, { key: `config.${problem.code}`, params: problem.params }, format) : format.text(problem.message);
  return formatMessage(cat, { key: "report.config-problem", params: { file: problem.file, line: problem.line ?? 0, key: problem.key, what } }, format);
}
