import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.js";
import { memorySnapshot } from "../../src/engine/snapshot.js";

const check = (files: Record<string, string>) => audit(memorySnapshot(files)).findings.find((f) => f.rule === "security-policy")!;

describe("security-policy", () => {
  it.each([
    ["a root SECURITY.md", { "SECURITY.md": "# Security\n" }, "security-policy.file", "SECURITY.md"],
    ["a .github SECURITY.md", { ".github/SECURITY.md": "# Sécurité\n" }, "security-policy.file", ".github/SECURITY.md"],
    ["a security.txt with a contact", { "public/.well-known/security.txt": "Contact: mailto:securite@ministere.gouv.fr\nExpires: 2030-01-01T00:00:00Z\n" }, "security-policy.security-txt", "public/.well-known/security.txt"],
    ["a security section with an address", { "README.md": "# Outil\n\n## Sécurité\n\nÉcrivez à securite@ministere.gouv.fr.\n" }, "security-policy.section", "README.md"],
    [
      "a reporting procedure without address",
      { "CONTRIBUTING.md": "# Contribute\n\n## Security\n\nIf you find a vulnerability, please contact the main contributor privately.\n" },
      "security-policy.section",
      "CONTRIBUTING.md",
    ],
    ["a signaler une faille section", { "README.md": "# Outil\n\n## Signaler une faille\n\nUtilisez le [signalement privé](https://github.com/o/r/security/advisories/new).\n" }, "security-policy.section", "README.md"],
  ])("passes on %s", (_, files, key, path) => {
    const finding = check(files);
    expect(finding).toMatchObject({ status: "pass", message: { key } });
    expect(finding.evidence[0]?.path).toBe(path);
  });

  it.each([
    ["nothing", { "README.md": "# Outil\n" }, "security-policy.missing"],
    ["a description of security measures", { "README.md": "# Outil\n\n## Sécurité\n\nLes mots de passe sont chiffrés avec bcrypt et les sessions expirent après 30 minutes.\n" }, "security-policy.missing"],
    ["a security measures heading", { "docs/cadrage.md": "# Cadrage\n\n## Mesures de sécurité technique\n\nContact : rssi@ministere.gouv.fr\n" }, "security-policy.missing"],
    ["framework security config", { "config/packages/security.yaml": "security: {}\n" }, "security-policy.missing"],
    ["a security.txt without contact", { ".well-known/security.txt": "Expires: 2030-01-01T00:00:00Z\n" }, "security-policy.security-txt-without-contact"],
    ["an example address only", { "README.md": "# Outil\n\n## Security\n\nSee admin@example.com in the demo.\n" }, "security-policy.missing"],
  ])("fails on %s", (_, files, key) => {
    expect(check(files)).toMatchObject({ status: "fail", message: { key } });
  });
});
