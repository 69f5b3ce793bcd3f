/** The command line: a thin front over the sources, the engine and the renderers. */
import { parseArgs } from "node:util";
import { auditLocal } from "./audit-local.js";
import { OUTPUT_FORMATS, type OutputFormat } from "./output.js";
import { UsageError } from "./usage-error.js";
import { SourceError } from "../sources/local.js";

const USAGE = `Usage:
  relais audit DIR [--format text|markdown|json] [--lang fr|en] [--config FILE]

Audits a repository's working tree for the documents a handover needs and prints the report.
Exit code: 0 when every required rule passes, 1 when one fails, 2 for a usage or configuration error.`;

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

export async function main(argv: string[], out: Output = process.stdout, err: Output = process.stderr): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        lang: { type: "string" },
        config: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      out.write(`${USAGE}\n`);
      return 0;
    }
    const [command, target, ...rest] = positionals;
    if (command !== "audit" || !target || rest.length > 0) throw new UsageError(command ? `unknown or incomplete command: ${positionals.join(" ")}` : "no command given");
    if (!OUTPUT_FORMATS.includes(values.format as OutputFormat)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(", ")}`);
    if (values.lang !== undefined && values.lang !== "fr" && values.lang !== "en") throw new UsageError("--lang must be fr or en");
    return auditLocal(
      { directory: target, format: values.format as OutputFormat, language: values.lang as "fr" | "en" | undefined, configFile: values.config, colour: Boolean(out.isTTY) && !process.env.NO_COLOR },
      (text) => out.write(text),
    );
  } catch (error) {
    if (error instanceof UsageError || error instanceof SourceError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
      err.write(`relais: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

