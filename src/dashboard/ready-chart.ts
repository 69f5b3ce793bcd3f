/**
 * Ready and not-ready repositories over time as an inline SVG drawn on the server: one stacked bar per
 * day, no script, no font or image loaded, so it passes the dashboard's content security policy.
 */
import { escapeHtml } from "../render/org-html.js";
import type { DayTotals } from "../store/store.js";

const WIDTH = 720;
const HEIGHT = 160;
const AXIS = 18;

export function renderReadyChart(days: readonly DayTotals[], title: string): string {
  const max = Math.max(1, ...days.map((day) => day.ready + day.notReady));
  const step = WIDTH / Math.max(1, days.length);
  const bar = Math.max(1, step - 1);
  const scale = (count: number) => (count / max) * (HEIGHT - AXIS);
  const bars = days
    .map((day, index) => {
      const x = (index * step).toFixed(1);
      const ready = scale(day.ready);
      const notReady = scale(day.notReady);
      const label = escapeHtml(`${day.day}: ${day.ready} / ${day.notReady}`);
      return `<g><title>${label}</title><rect class="ready" x="${x}" y="${(HEIGHT - AXIS - ready).toFixed(1)}" width="${bar.toFixed(1)}" height="${ready.toFixed(1)}"/><rect class="not-ready" x="${x}" y="${(HEIGHT - AXIS - ready - notReady).toFixed(1)}" width="${bar.toFixed(1)}" height="${notReady.toFixed(1)}"/></g>`;
    })
    .join("");
  const first = days[0]?.day ?? "";
  const last = days.at(-1)?.day ?? "";
  return `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" height="${HEIGHT}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${bars}<text x="0" y="${HEIGHT - 4}">${escapeHtml(first)}</text><text x="${WIDTH}" y="${HEIGHT - 4}" text-anchor="end">${escapeHtml(last)}</text><text x="0" y="12">${max}</text></svg>`;
}
