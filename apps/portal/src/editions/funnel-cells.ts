import { figuresFormat, type FunnelCounts } from '#insights';
import { html, type SafeHtml } from '#web';
import { money } from '../layout/portal-format.js';
import type { PortalLanguage } from '../visit.js';
import { EDITIONS_MESSAGES } from './editions.messages.js';

/** A rate whose base was 0 is no rate: a dash, never NaN nor Infinity. */
const NONE = '—';

/** The headers of one funnel's columns: each step, and under it what its rate relates it to. */
export function funnelHeaders(lang: PortalLanguage): SafeHtml {
  const m = EDITIONS_MESSAGES[lang];
  const step = (label: string, rate?: string) => html`<th scope="col" class="n">${label}${rate ? html`<small class="rate">${rate}</small>` : ''}</th>`;
  return html`${step(m.copies)}${step(m.openings, m.perCopy)}${step(m.passes, m.perOpening)}${step(m.uses, m.perPass)}${step(m.spending, m.perUse)}`;
}

/**
 * One funnel as cells: copies → openings → passes → uses → spending, each step's rate under its
 * count in the same cell, so that two funnels compared fit a screen's width.
 */
export function funnelCells(c: FunnelCounts, lang: PortalLanguage): SafeHtml {
  const f = figuresFormat(lang);
  const percent = (value: number | null) => (value === null ? NONE : f.percent(value));
  const step = (count: string, rate?: string) => html`<td class="n">${count}${rate === undefined ? '' : html`<small class="rate">${rate}</small>`}</td>`;
  return html`${step(f.count(c.copies))}${step(f.count(c.openings), percent(c.openingsPerCopy))}${step(f.count(c.passes), percent(c.passesPerOpening))}${step(f.count(c.uses), percent(c.usesPerPass))}${step(money(c.spendingCents, lang), c.spendingPerUseCents === null ? NONE : money(c.spendingPerUseCents, lang))}`;
}
