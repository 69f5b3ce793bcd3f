/**
 * The page shell of the dashboard: a strict content security policy (nothing but this origin's style
 * sheet; no script at all), the language switch and the sign-in link on every page.
 */
import type { Language } from "../render/messages/index.js";
import { matrixLabels } from "../render/org-matrix-labels.js";
import { escapeHtml } from "../render/org-html.js";

export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export interface PageContext {
  base: string;
  language: Language;
  /** The same page in the other language. */
  otherLanguageHref: string;
  login: string | null;
  /** OAuth sign-in is configured. */
  canSignIn: boolean;
}

export function renderPage(context: PageContext, title: string, body: string): string {
  const labels = matrixLabels(context.language);
  const lang = context.language === "en" ? "?lang=en" : "";
  const account = context.login
    ? `${escapeHtml(labels.signedInAs)} <strong>${escapeHtml(context.login)}</strong> · <a href="${context.base}/logout${lang}">${escapeHtml(labels.signOut)}</a>`
    : context.canSignIn
      ? `<a class="button" href="${context.base}/login${lang}">${escapeHtml(labels.signIn)}</a>`
      : "";
  return `<!doctype html>
<html lang="${context.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${context.base}/dashboard.css">
</head>
<body>
<header><a class="home" href="${context.base}${lang}">Relais</a><nav><a hreflang="${context.language === "en" ? "fr" : "en"}" href="${escapeHtml(context.otherLanguageHref)}">${escapeHtml(labels.other)}</a>${account ? ` · ${account}` : ""}</nav></header>
<main>
${body}
</main>
</body>
</html>
`;
}

export const STYLE_SHEET = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1e1e1e; }
header { display: flex; justify-content: space-between; align-items: center; padding: .6rem 1.2rem; background: #000091; color: #fff; }
header a { color: #fff; } header .home { font-weight: 700; font-size: 1.1rem; text-decoration: none; }
main { padding: 1rem 1.2rem; }
h1 { font-size: 1.35rem; } h2 { font-size: 1.1rem; margin-top: 1.5rem; }
.button { border: 1px solid #fff; padding: .2rem .6rem; border-radius: 3px; text-decoration: none; }
.note { color: #555; }
form.filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; background: #f6f6f6; padding: .7rem; border-radius: 4px; }
form.filters label { display: flex; flex-direction: column; font-size: .85em; color: #333; }
table { border-collapse: collapse; margin-top: .8rem; }
th, td { border-bottom: 1px solid #ddd; padding: .3rem .45rem; text-align: left; vertical-align: middle; }
thead th { background: #f3f3f3; position: sticky; top: 0; }
table.matrix thead th.rule { writing-mode: vertical-rl; transform: rotate(180deg); font-weight: normal; max-height: 11rem; }
table.matrix thead th.required { font-weight: 700; }
td.num { text-align: right; white-space: nowrap; }
td.cell { text-align: center; font-weight: 700; cursor: help; }
.cell.pass { color: #18753c; background: #e8f5ec; } .cell.fail { color: #ce0500; background: #fdecea; } .cell.warn { color: #b34000; background: #fff4e5; } .cell.skip { color: #888; }
.state { font-weight: 600; } .state.ready { color: #18753c; } .state.not-ready { color: #ce0500; } .state.skipped { color: #666; }
.desc { color: #555; font-size: .85em; display: block; }
.tag { font-size: .8em; border: 1px solid #bbb; border-radius: 3px; padding: 0 .3em; color: #555; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
svg.chart { max-width: 760px; display: block; } svg.chart .ready { fill: #18753c; } svg.chart .not-ready { fill: #ce0500; } svg.chart text { font-size: 11px; fill: #555; }
.pager { margin: .6rem 0; display: flex; gap: 1rem; }
.columns { display: flex; flex-wrap: wrap; gap: 2rem; align-items: flex-start; }
`.trim();
