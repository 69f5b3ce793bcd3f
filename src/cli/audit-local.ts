/** `relais audit DIR`: audit a working tree and print the report. */
import { loadConfigFile } from "../config/load-file.js";
import { audit } from "../engine/audit.js";
import { localSnapshot } from "../sources/local.js";
import { render, type OutputFormat } from "./output.js";
import { projectFacts } from "../render/project-facts.js";
import type { Language } from "../render/messages/index.js";
import { UsageError } from "./usage-error.js";

export interface AuditLocalOptions {
  directory: string;
  format: OutputFormat;
  language?: Language;
  configFile?: string;
  colour: boolean;
}

/** Returns the exit code: 0 when every required rule passes, 1 otherwise. */
export function auditLocal(options: AuditLocalOptions, write: (text: string) => void): number {
  const snapshot = localSnapshot(options.directory);
  const { config, problems } = loadConfigFile(options.directory, options.configFile);
  if (problems.length > 0) {
    throw new UsageError(problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ""}: ${p.key ? `${p.key}: ` : ""}${p.message}`).join("\n"));
  }
  const report = audit(snapshot, { config, now: new Date() });
  write(render(report, options.format, { language: options.language ?? config.language, colour: options.colour, reminders: config.reminders, project: projectFacts(snapshot, report) }));
  return report.summary.ok ? 0 : 1;
}
