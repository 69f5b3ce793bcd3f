/** The command line: a thin front over the sources, the engine and the renderers. */
import { parseArgs } from "node:util";
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
  relais report --org ORG [--format text|json|csv|html] [--lang fr|en] [--concurrency N]
                [--include-archived] [--include-forks] [--config FILE]

  audit DIR          Audits a working tree for the documents a handover needs (in a git
                     checkout, its tracked files) and prints the report.
  audit OWNER/REPO   Audits a GitHub repository's default branch in two API requests, with its
                     .github/relais.yml (else the organisation's). A path that exists wins:
                     write ./OWNER/REPO for a local folder named like a repository.
  report --org ORG   Audits every repository of a GitHub organisation (4 at a time by default,
                     --concurrency 1 to 10) and prints one row per repository. Archived
                     repositories and forks are listed, not audited, unless included.

  --config FILE      A configuration file used instead of the repository's own.

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

export async function main(argv: string[], out: Output = process.stdout, err: Output = process.stderr, env: Environment = process.env): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        lang: { type: "string" },
        config: { type: "string" },
        org: { type: "string" },
        concurrency: { type: "string" },
        "include-archived": { type: "boolean" },
        "include-forks": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      out.write(`${USAGE}\n`);
      return 0;
    }
    if (values.lang !== undefined && values.lang !== "fr" && values.lang !== "en") throw new UsageError("--lang must be fr or en");
    const language = values.lang as "fr" | "en" | undefined;
    const colour = Boolean(out.isTTY) && !env.NO_COLOR;
    const [command, ...rest] = positionals;

    if (command === "audit") {
      if (rest.length !== 1) throw new UsageError(`unknown or incomplete command: ${positionals.join(" ")}`);
      const reportOnly = ["org", "concurrency", "include-archived", "include-forks"].find((name) => values[name as keyof typeof values] !== undefined);
      if (reportOnly) throw new UsageError(`--${reportOnly} belongs to \`relais report\``);
      if (!OUTPUT_FORMATS.includes(values.format as OutputFormat)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(", ")}`);
      const format = values.format as OutputFormat;
      const target = auditTarget(rest[0]!);
      if (target.kind === "github") {
        // GitHub commands load Octokit and Probot: only when asked, so that a local audit starts fast.
        const { auditGithub } = await import("./audit-github.js");
        return await auditGithub({ owner: target.owner, repo: target.repo, format, language, configFile: values.config, colour }, out, err, env);
      }
      return auditLocal({ directory: target.directory, format, language, configFile: values.config, colour }, (text) => out.write(text));
    }

    if (command === "report") {
      if (rest.length > 0) throw new UsageError(`unexpected argument: ${rest.join(" ")} (the organisation goes after --org)`);
      if (!values.org) throw new UsageError("report needs --org ORG");
      if (!ORG_FORMATS.includes(values.format as OrgFormat)) throw new UsageError(`--format must be one of ${ORG_FORMATS.join(", ")} for report`);
      const concurrency = values.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(values.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 10) throw new UsageError("--concurrency must be a whole number from 1 to 10");
      return await report(values.org, { format: values.format as OrgFormat, language, concurrency, includeArchived: Boolean(values["include-archived"]), includeForks: Boolean(values["include-forks"]), configFile: values.config, colour }, out, err, env);
    }

    throw new UsageError(command ? `unknown or incomplete command: ${positionals.join(" ")}` : "no command given");
  } catch (error) {
    if (error instanceof UsageError || error instanceof SourceError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
      err.write(`relais: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof RunError) {
      err.write(`relais: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
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
