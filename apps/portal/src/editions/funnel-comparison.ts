import type { FunnelCounts, HostComparison } from '#insights';
import { html, type SafeHtml } from '#web';
import type { PortalLanguage } from '../visit.js';
import { EDITIONS_MESSAGES } from './editions.messages.js';
import { funnelCells, funnelHeaders } from './funnel-cells.js';

/**
 * Host by host, funnels compared (two editions, two seasons): each host's funnels one above the
 * other, so that a step is compared down a column rather than across a table twice a screen wide;
 * all hosts together last.
 */
export function funnelComparison(
  compared: { heading: string; titles: string[] },
  hosts: HostComparison[],
  totals: FunnelCounts[],
  lang: PortalLanguage,
): SafeHtml {
  const { heading, titles } = compared;
  const m = EDITIONS_MESSAGES[lang];
  const group = (name: string, funnels: FunnelCounts[]) =>
    html`<tbody>${funnels.map(
      (c, i) =>
        html`<tr>${i === 0 ? html`<th scope="rowgroup" rowspan="${funnels.length}">${name}</th>` : ''}<th scope="row">${titles[i]}</th>${funnelCells(c, lang)}</tr>`,
    )}</tbody>`;
  return html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${m.accommodation}</th><th scope="col">${heading}</th>${funnelHeaders(lang)}</tr></thead>
${hosts.map((host) => group(host.accommodationName, host.editions))}
${group(m.all, totals)}
</table></div>`;
}
