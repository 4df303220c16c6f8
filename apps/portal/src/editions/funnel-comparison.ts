import type { FunnelCounts, HostComparison } from '#insights';
import { html, type SafeHtml } from '#web';
import type { PortalLanguage } from '../visit.js';
import { EDITIONS_MESSAGES } from './editions.messages.js';
import { FUNNEL_COLUMNS, funnelCells, funnelHeaders } from './funnel-cells.js';

/** Host by host, funnels side by side (two editions, two seasons), with each one's total last. */
export function funnelComparison(titles: string[], hosts: HostComparison[], totals: FunnelCounts[], lang: PortalLanguage): SafeHtml {
  const m = EDITIONS_MESSAGES[lang];
  return html`<div class="table-wrap"><table>
<thead><tr><th scope="col" rowspan="2">${m.accommodation}</th>${titles.map((title) => html`<th scope="colgroup" colspan="${FUNNEL_COLUMNS}">${title}</th>`)}</tr>
<tr>${titles.map(() => funnelHeaders(lang))}</tr></thead>
<tbody>${hosts.map((host) => html`<tr><th scope="row">${host.accommodationName}</th>${host.editions.map((c) => funnelCells(c, lang))}</tr>`)}
<tr><th scope="row">${m.all}</th>${totals.map((c) => funnelCells(c, lang))}</tr></tbody>
</table></div>`;
}
