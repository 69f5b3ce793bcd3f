/** The CLI as a user runs it: paths from where they typed, --version, files git does not track yet. */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/render/templates.js";
import { runCli } from "./run-cli.js";
import { tempTree } from "../support/temp-dir.js";

const readme = { "README.md": "# Outil\n\nUn outil pour les agents qui instruisent les demandes de subvention des associations.\n" };

describe("the command line", () => {
  it("resolves relative paths against INIT_CWD, where npm was typed, not npm's own working directory", async () => {
    const dir = tempTree({ ...readme, "settings/relais.yml": "language: en\n" });
    const { code, stdout } = await runCli(["audit", ".", "--config", "settings/relais.yml", "--format", "json"], { INIT_CWD: dir });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.repository).toBe(basename(dir));
    expect(report.findings.find((f: { rule: string }) => f.rule === "readme").message).toMatch(/^`?README\.md`? /);
    // The relative --config was found in the same place: the report is in English.
    expect(report.findings.find((f: { rule: string }) => f.rule === "contributing").message).toMatch(/No contribution guide|contribut/i);
    const sibling = await runCli(["audit", basename(dir), "--format", "json"], { INIT_CWD: dirname(dir) });
    expect(JSON.parse(sibling.stdout).repository).toBe(basename(dir));
  });

  it("prints its version", async () => {
    const version = (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
    expect(await runCli(["--version"], {})).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("says which new files git does not track, since they are not audited", async () => {
    const dir = tempTree(readme);
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.org", ...args], { stdio: "pipe" });
    git("init", "-q");
    git("add", "README.md");
    git("commit", "-qm", "init");
    writeFileSync(join(dir, "ROADMAP.md"), "# Feuille de route\n\n## Prochaines étapes\n\n- Généraliser.\n");
    const { stdout, stderr } = await runCli(["audit", dir], {});
    expect(stderr).toContain("1 nouveau fichier n'est pas suivi par git\u00a0: il n'est pas audité (ROADMAP.md)");
    expect(stdout).not.toContain("suivi par git");
    expect((await runCli(["audit", dir, "--lang", "en"], {})).stderr).toContain("1 new file is not tracked by git: not audited (ROADMAP.md)");
    git("add", "ROADMAP.md");
    expect((await runCli(["audit", dir], {})).stderr).toBe("");
  });
});
