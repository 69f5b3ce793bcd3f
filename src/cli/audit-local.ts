/** `relais audit DIR`: audit a working tree and print the report. */
import { loadConfigFile } from "../config/load-file.js";
import { audit } from "../engine/audit.js";
import { localSnapshot } from "../sources/local.js";
import { configProblemText } from "../render/config-problems.js";
import { catalogue, formatMessage, plainFormat, type Language } from "../render/messages/index.js";
import { projectFacts } from "../render/project-facts.js";
import { render, type OutputFormat } from "./output.js";
import { untrackedFiles } from "./untracked.js";
import { RunError } from "./usage-error.js";

export interface AuditLocalOptions {
  directory: string;
  format: OutputFormat;
  language?: Language;
  configFile?: string;
  colour: boolean;
}

/** Returns the exit code: 0 when every required rule passes, 1 otherwise. Notes (untracked files) go to `note`, never into the report. */
export function auditLocal(options: AuditLocalOptions, write: (text: string) => void, note: (text: string) => void = () => {}): number {
  const snapshot = localSnapshot(options.directory);
  const { config, problems } = loadConfigFile(options.directory, options.configFile);
  const language = options.language ?? config.language;
  const cat = catalogue(language);
  // A configuration error is not a usage error: its lines alone, in the report's language.
  if (problems.length > 0) throw new RunError(problems.map((problem) => configProblemText(cat, problem, plainFormat)).join("\n"));
  const report = audit(snapshot, { config, now: new Date() });
  write(render(report, options.format, { language, colour: options.colour, reminders: config.reminders, project: projectFacts(snapshot, report) }));
  const untracked = untrackedFiles(options.directory);
  if (untracked.length > 0) {
    note(`relais: ${formatMessage(cat, { key: "cli.untracked", params: { count: untracked.length, paths: untracked.slice(0, 5), more: Math.max(0, untracked.length - 5) } }, plainFormat)}\n`);
  }
  return report.summary.ok ? 0 : 1;
}
