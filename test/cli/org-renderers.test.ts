/** The organisation report's renderers on hostile values that GitHub would not produce but a proxy or a fork of it might. */
import { describe, expect, it } from "vitest";
import { renderOrgCsv } from "../../src/render/org-csv.js";
import { renderOrgHtml } from "../../src/render/org-html.js";
import { errorRow, orgExitCode, orgReport, skippedRow } from "../../src/render/org-report.js";
import { renderOrgText } from "../../src/render/org-text.js";

const hostile = { repository: `eig/<img src=x onerror="alert(1)">`, description: "\u001b[2J'; DROP", url: "javascript:alert(1)", visibility: "public" as const, archived: false, fork: false };
const report = orgReport("eig&co", [errorRow(hostile, "boom <b>"), skippedRow({ ...hostile, repository: "eig/b", url: "https://github.com/eig/b" }, "fork")], new Date("2026-01-02T03:04:05Z"));

describe("organisation renderers", () => {
  it("HTML: names, descriptions and errors escaped; only http(s) links", () => {
    const html = renderOrgHtml(report, "en");
    expect(html).not.toMatch(/<img|onerror="|javascript:/);
    expect(html).toContain("eig/&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("boom &lt;b&gt;");
    expect(html).toContain('<a href="https://github.com/eig/b">eig/b</a>');
    expect(html).toContain("<code>eig&amp;co</code>");
    expect(html).toContain("2026-01-02 03:04 UTC");
  });

  it("CSV: quoted where needed, one record per repository", () => {
    const csv = renderOrgCsv(report, "fr");
    expect(csv.split("\r\n")).toHaveLength(4);
    expect(csv).toContain(`"eig/<img src=x onerror=""alert(1)"">",\u001b[2J'; DROP,erreur,boom <b>,`);
  });

  it("text: no control character from the repository reaches the terminal", () => {
    const text = renderOrgText(report, { language: "fr", colour: false });
    expect(text).not.toContain("\u001b");
    expect(text).toContain("2 dépôts : 0 prêt, 0 à compléter, 1 non audité, 1 en erreur");
  });

  it("exit code: 2 when a repository could not be read", () => {
    expect(orgExitCode(report)).toBe(2);
  });
});
