/** The command line: a thin front over the sources, the engine and the renderers. */
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { closestName } from "../config/closest-name.js";
import { loadConfigFile } from "../config/load-file.js";
import { RULE_IDS, type MessageParam, type RuleId } from "../engine/types.js";
import { configProblemText } from "../render/config-problems.js";
import { catalogue, formatMessage, plainFormat, type Language } from "../render/messages/index.js";
import { PACKAGE_ROOT } from "../render/templates.js";
import { describeScaffold, isRuleId, scaffold } from "./scaffold.js";
import { auditLocal } from "./audit-local.js";
import type { Environment } from "./github-client.js";
import { ORG_FORMATS, OUTPUT_FORMATS, renderOrg, type OrgFormat, type OutputFormat } from "./output.js";
import { ProgressBar } from "./progress.js";
import { auditTarget } from "./target.js";
import { RunError, UsageError } from "./usage-error.js";
import { SourceError } from "../sources/local.js";
import { orgExitCode } from "../render/org-report.js";

const USAGE = `Usage:
  relais audit DIR [--format text|markdown|json] [--lang fr|en] [--config FILE]
  relais audit OWNER/REPO [--format text|markdown|json] [--lang fr|en] [--config FILE]
  relais scaffold DIR [--only RULE,…] [--dry-run] [--lang fr|en] [--config FILE]
  relais report --org ORG [--format text|json|csv|html] [--lang fr|en] [--concurrency N]
                [--include-archived] [--include-forks] [--config FILE]

  audit DIR          Audits a working tree for the documents a handover needs (in a git
                     checkout, its tracked files) and prints the report.
  audit OWNER/REPO   Audits a GitHub repository's default branch in two API requests, with its
                     .github/relais.yml (else the organisation's). A path that exists wins:
                     write ./OWNER/REPO for a local folder named like a repository.
  scaffold DIR       Writes the skeleton of each missing document into DIR, filled with what
                     Relais knows (name, URL, licence, contacts); never overwrites a file.
                     --only RULE,… limits it to those rules; --dry-run only says what it would write.
  report --org ORG   Audits every repository of a GitHub organisation (4 at a time by default,
                     --concurrency 1 to 10) and prints one row per repository. Archived
                     repositories and forks are listed, not audited, unless included.

  --config FILE      A configuration file used instead of the repository's own.
  --version          Prints Relais's version.

Relative paths are read from the directory the command was typed in (under npm, INIT_CWD).

GitHub: a token in GITHUB_TOKEN (or GH_TOKEN), for example GITHUB_TOKEN=$(gh auth token).
GitHub Enterprise Server: GITHUB_API_URL=https://HOST/api/v3 (or GHE_HOST=HOST).

Exit code: 0 when every required rule passes (report: in every audited repository), 1 when one
fails, 2 for a usage, configuration or GitHub error.`;

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const DEFAULT_CONCURRENCY = 4;

const OPTIONS = {
  format: { type: "string" },
  lang: { type: "string" },
  config: { type: "string" },
  org: { type: "string" },
  concurrency: { type: "string" },
  only: { type: "string" },
  "dry-run": { type: "boolean" },
  "include-archived": { type: "boolean" },
  "include-forks": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;
const COMMANDS = ["audit", "scaffold", "report"];

export async function main(argv: string[], out: Output = process.stdout, err: Output = process.stderr, env: Environment = process.env): Promise<number> {
  // Errors speak the report's language: --lang when given (even before the rest parses), French otherwise.
  const peeked = argv[argv.indexOf("--lang") + 1] ?? argv.find((arg) => arg.startsWith("--lang="))?.slice(7);
  let language: Language | undefined = peeked === "en" || peeked === "fr" ? peeked : undefined;
  const say = (key: string, params?: Record<string, MessageParam>) => formatMessage(catalogue(language ?? "fr"), { key, params }, plainFormat);
  try {
    const { values, positionals } = parseCommandLine(argv, say);
    if (values.help) {
      out.write(`${USAGE}\n`);
      return 0;
    }
    if (values.version) {
      out.write(`${packageVersion()}\n`);
      return 0;
    }
    if (values.lang !== undefined && values.lang !== "fr" && values.lang !== "en") throw new UsageError(say("cli.bad-lang"));
    language = values.lang as Language | undefined;
    const colour = Boolean(out.isTTY) && !env.NO_COLOR;
    const [command, ...rest] = positionals;
    // Under `npm run` (or `npm --prefix relais run`) the working directory is Relais's own: paths are the user's.
    const base = env.INIT_CWD && isAbsolute(env.INIT_CWD) ? env.INIT_CWD : process.cwd();
    const configFile = values.config === undefined ? undefined : resolve(base, values.config);
    const notOurs = (names: string[]) => names.find((name) => values[name as keyof typeof values] !== undefined);

    if (command === "audit" || command === "scaffold") {
      if (rest.length === 0) throw new UsageError(say("cli.needs-target", { command }));
      if (rest.length > 1) throw new UsageError(say("cli.one-target", { command, extra: rest.slice(1).join(" ") }));
      const reportOnly = notOurs(["org", "concurrency", "include-archived", "include-forks", ...(command === "audit" ? ["only", "dry-run"] : ["format"])]);
      if (reportOnly) throw new UsageError(say("cli.option-elsewhere", { option: `--${reportOnly}`, command }));
      if (command === "scaffold") return runScaffold(resolve(base, rest[0]!), values.only, Boolean(values["dry-run"]), configFile, language, say, out);
      const format = (values.format ?? "text") as OutputFormat;
      if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(say("cli.bad-format", { formats: [...OUTPUT_FORMATS] }));
      const target = auditTarget(rest[0]!, (path) => existsSync(resolve(base, path)));
      if (target.kind === "github") {
        // GitHub commands load Octokit and Probot: only when asked, so that a local audit starts fast.
        const { auditGithub } = await import("./audit-github.js");
        return await auditGithub({ owner: target.owner, repo: target.repo, format, language, configFile, colour }, out, err, env);
      }
      return auditLocal({ directory: resolve(base, target.directory), format, language, configFile, colour }, (text) => out.write(text), (text) => err.write(text));
    }

    if (command === "report") {
      if (rest.length > 0) throw new UsageError(say("cli.report-extra", { extra: rest.join(" ") }));
      if (!values.org) throw new UsageError(say("cli.report-needs-org"));
      const misplaced = notOurs(["only", "dry-run"]);
      if (misplaced) throw new UsageError(say("cli.option-elsewhere", { option: `--${misplaced}`, command: "scaffold" }));
      const format = (values.format ?? "text") as OrgFormat;
      if (!ORG_FORMATS.includes(format)) throw new UsageError(say("cli.bad-format", { formats: [...ORG_FORMATS] }));
      const concurrency = values.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(values.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 10) throw new UsageError(say("cli.bad-concurrency"));
      return await report(values.org, { format, language, concurrency, includeArchived: Boolean(values["include-archived"]), includeForks: Boolean(values["include-forks"]), configFile, colour }, out, err, env);
    }

    if (!command) throw new UsageError(say("cli.no-command"));
    throw new UsageError(say("cli.unknown-command", { command, suggestion: closestName(command, COMMANDS) ?? "" }));
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`relais: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    // Not a mistake in the command line: the message alone says what to fix.
    if (error instanceof RunError || error instanceof SourceError) {
      err.write(`relais: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** Node's parser, its errors turned into ours: the option named, and the one probably meant. */
function parseCommandLine(argv: string[], say: (key: string, params?: Record<string, MessageParam>) => string) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS, strict: true });
  } catch (error) {
    const code = error instanceof TypeError && "code" in error ? String(error.code) : "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? "";
      const suggestion = closestName(option.replace(/^-+/, "").split("=")[0]!, Object.keys(OPTIONS));
      throw new UsageError(say("cli.unknown-option", { option, suggestion: suggestion ? `--${suggestion}` : "" }));
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const option = /'(--?[\w-]+)/.exec((error as Error).message)?.[1] ?? "";
      throw new UsageError(say("cli.option-value", { option }));
    }
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") throw new UsageError(say("cli.unexpected", { extra: (error as Error).message }));
    throw error;
  }
}

function runScaffold(directory: string, only: string | undefined, dryRun: boolean, configFile: string | undefined, language: Language | undefined, say: (key: string, params?: Record<string, MessageParam>) => string, out: Output): number {
  const rules = only?.split(",").map((rule) => rule.trim()).filter(Boolean);
  for (const rule of rules ?? []) {
    if (!isRuleId(rule)) throw new UsageError(say("cli.unknown-rule", { rule, suggestion: closestName(rule, RULE_IDS) ?? "" }));
  }
  if (!existsSync(directory)) throw new SourceError(say("cli.no-directory", { directory }));
  const { config, problems } = loadConfigFile(directory, configFile);
  const lang = language ?? config.language;
  if (problems.length > 0) throw new RunError(problems.map((problem) => configProblemText(catalogue(lang), problem, plainFormat)).join("\n"));
  const { actions } = scaffold({ directory, config, language: lang, only: rules as RuleId[] | undefined, dryRun });
  out.write(describeScaffold(actions, lang));
  return 0;
}

/** The version in Relais's own package.json, from src/ or dist/ alike. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
}

interface ReportCommand {
  format: OrgFormat;
  language?: "fr" | "en";
  concurrency: number;
  includeArchived: boolean;
  includeForks: boolean;
  configFile?: string;
  colour: boolean;
}

async function report(organisation: string, options: ReportCommand, out: Output, err: Output, env: Environment): Promise<number> {
  const [{ configOverride, githubClient }, { runOrgReport }] = await Promise.all([import("./audit-github.js"), import("./report-org.js")]);
  const override = configOverride(options.configFile);
  let bar: ProgressBar | undefined;
  const { access, octokit } = githubClient(env, { write: (text) => (bar ? bar.log(text.replace(/\n$/, "")) : err.write(text)), isTTY: err.isTTY });
  try {
    const result = await runOrgReport(octokit, access, { organisation, concurrency: options.concurrency, includeArchived: options.includeArchived, includeForks: options.includeForks, override }, {
      begin: (total) => void (bar = new ProgressBar(err, total, organisation)),
      started: (repository) => bar?.started(repository),
      finished: () => bar?.finished(),
      note: (message) => (bar ? bar.log(`relais: note: ${message}`) : err.write(`relais: note: ${message}\n`)),
    });
    bar?.stop();
    out.write(renderOrg(result, options.format, { language: options.language ?? override?.config.language ?? "fr", colour: options.colour }));
    return orgExitCode(result);
  } finally {
    bar?.stop();
  }
}
