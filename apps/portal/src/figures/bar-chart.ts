import { html, type SafeHtml } from '#web';

export interface Bar {
  label: string;
  value: number;
}

const WIDTH = 640;
const HEIGHT = 220;
const TOP = 22;
const BOTTOM = 34;
const LEFT = 8;

/**
 * A bar chart drawn on the server as SVG: no script, no external service. Every bar carries its
 * number, so it reads without colour; the title names it for screen readers (a table follows it).
 */
export function barChart(bars: Bar[], options: { id: string; title: string }): SafeHtml {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = (WIDTH - LEFT * 2) / Math.max(1, bars.length);
  const barWidth = Math.max(2, slot * 0.7);
  const plot = HEIGHT - TOP - BOTTOM;
  // at most ~12 axis labels, whatever the number of bars
  const every = Math.max(1, Math.ceil(bars.length / 12));
  return html`<figure class="chart">
<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-labelledby="${options.id}-title" xmlns="http://www.w3.org/2000/svg" font-family="system-ui,sans-serif" font-size="11">
<title id="${options.id}-title">${options.title}</title>
<line x1="${LEFT}" y1="${TOP + plot}" x2="${WIDTH - LEFT}" y2="${TOP + plot}" stroke="#54544f"/>
${bars.map((bar, i) => {
  const height = (bar.value / max) * plot;
  const x = LEFT + i * slot + (slot - barWidth) / 2;
  const y = TOP + plot - height;
  return html`<g><rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${height.toFixed(1)}" fill="#2f6b3a"/>
${bar.value > 0 && bars.length <= 40 ? html`<text x="${(x + barWidth / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle" fill="#1d1d1b">${bar.value}</text>` : ''}
${i % every === 0 ? html`<text x="${(x + barWidth / 2).toFixed(1)}" y="${HEIGHT - BOTTOM + 16}" text-anchor="middle" fill="#1d1d1b">${bar.label}</text>` : ''}</g>`;
})}
</svg>
<figcaption class="muted">${options.title}</figcaption>
</figure>`;
}
