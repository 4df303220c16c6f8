import { figuresFormat, type FunnelCounts } from '#insights';
import { html, type SafeHtml } from '#web';
import { money } from '../layout/portal-format.js';
import type { PortalLanguage } from '../visit.js';
import { EDITIONS_MESSAGES } from './editions.messages.js';

/** Columns of one funnel: each step's count, then its rate to the step before. */
export const FUNNEL_COLUMNS = 9;

/** A rate whose base was 0 is no rate: a dash, never NaN nor Infinity. */
const NONE = '—';

/** The headers of one funnel's columns. */
export function funnelHeaders(lang: PortalLanguage): SafeHtml {
  const m = EDITIONS_MESSAGES[lang];
  const count = (label: string) => html`<th scope="col" class="n">${label}</th>`;
  const rate = (label: string) => html`<th scope="col" class="n rate">${label}</th>`;
  return html`${count(m.copies)}${count(m.openings)}${rate(m.perCopy)}${count(m.passes)}${rate(m.perOpening)}${count(m.uses)}${rate(m.perPass)}${count(m.spending)}${rate(m.perUse)}`;
}

/** One funnel as cells: copies → openings → passes → uses → spending, each beside its rate. */
export function funnelCells(c: FunnelCounts, lang: PortalLanguage): SafeHtml {
  const f = figuresFormat(lang);
  const percent = (value: number | null) => (value === null ? NONE : f.percent(value));
  const count = (value: string) => html`<td class="n">${value}</td>`;
  const rate = (value: string) => html`<td class="n rate">${value}</td>`;
  return html`${count(f.count(c.copies))}${count(f.count(c.openings))}${rate(percent(c.openingsPerCopy))}${count(f.count(c.passes))}${rate(percent(c.passesPerOpening))}${count(f.count(c.uses))}${rate(percent(c.usesPerPass))}${count(money(c.spendingCents, lang))}${rate(c.spendingPerUseCents === null ? NONE : money(c.spendingPerUseCents, lang))}`;
}
