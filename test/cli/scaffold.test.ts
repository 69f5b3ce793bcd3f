/** `relais scaffold DIR`: real files written into a real directory, never over an existing one. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";
import { tempTree } from "../support/temp-dir.js";

const project = {
  // A README that says what the project is and how to install it (a README describing software with no
  // way to install it fails `readme`).
  "README.md": "# outil\n\nUn outil pour les agents qui instruisent les demandes de subvention des associations.\n\n## Installation\n\n```sh\nnpm ci\nnpm start\n```\n",
  "package.json": JSON.stringify({ name: "outil", description: "Instruire les demandes de subvention", repository: "github:ministere/outil", license: "MIT" }),
  "ROADMAP.md": "",
};

describe("relais scaffold", () => {
  it("writes every missing document with a skeleton, filled with what Relais knows, and says so", async () => {
    const dir = tempTree(project);
    const { code, stdout } = await runCli(["scaffold", dir], {});
    expect(code).toBe(0);
    expect(stdout).toMatch(/écrit +ARCHITECTURE\.md \(architecture-schema\)/);
    expect(stdout).toMatch(/écrit +docs\/USER-GUIDE\.md \(user-manual\)/);
    expect(stdout).toMatch(/existe +ROADMAP\.md \(roadmap\)\u00a0: non remplacé/);
    expect(stdout).toContain("git add");
    expect(readFileSync(join(dir, "ROADMAP.md"), "utf8")).toBe("");
    const publiccode = readFileSync(join(dir, "publiccode.yml"), "utf8");
    expect(publiccode).toContain('url: "https://github.com/ministere/outil"');
    expect(publiccode).toContain('shortDescription: "Instruire les demandes de subvention"');
    expect(readFileSync(join(dir, "CONTRIBUTING.md"), "utf8")).toMatch(/^# Contribuer à outil/);
    // Written files now satisfy their rules (outside git every file counts).
    const after = JSON.parse((await runCli(["audit", dir, "--format", "json"], {})).stdout) as { findings: { rule: string; status: string }[] };
    for (const rule of ["contributing", "security-policy", "maintainer-contact", "user-manual"]) expect(after.findings.find((f) => f.rule === rule)?.status, rule).toBe("pass");
    // A second run writes nothing.
    expect((await runCli(["scaffold", dir], {})).stdout).not.toMatch(/écrit /);
  });

  it("limits itself to --only, and writes nothing with --dry-run", async () => {
    const dir = tempTree(project);
    const { stdout } = await runCli(["scaffold", dir, "--only", "contributing,readme", "--dry-run", "--lang", "en"], {});
    expect(stdout).toMatch(/would write +CONTRIBUTING\.md \(contributing\)/);
    expect(stdout).toMatch(/already met +README\.md \(readme\)/);
    expect(stdout).not.toContain("SECURITY.md");
    expect(existsSync(join(dir, "CONTRIBUTING.md"))).toBe(false);
  });

  it("refuses an unknown rule with a suggestion", async () => {
    const { code, stderr } = await runCli(["scaffold", tempTree(project), "--only", "roadmp"], {});
    expect(code).toBe(2);
    expect(stderr).toContain("règle inconnue\u00a0: roadmp (vouliez-vous dire roadmap\u202f?)");
  });
});
