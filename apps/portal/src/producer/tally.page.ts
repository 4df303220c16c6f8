import type { TallySheetOffer } from '#passes';
import { offerPhrase } from '#printing';
import { html, raw, type SafeHtml } from '#web';
import { errorSummary, fieldId, shownValue } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { portalPage, postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { TALLY_COLUMNS, TALLY_FORM_LINES, type TallyColumn } from './tally-form.js';
import { TALLY_MESSAGES } from './tally.messages.js';

/** How each column is typed on a phone: letters for codes, the numeric keypad for the rest. */
const INPUT: Record<TallyColumn, string> = {
  code: 'inputmode="text" autocapitalize="characters" autocomplete="off" spellcheck="false" maxlength="40" size="13"',
  date: 'inputmode="numeric" autocomplete="off" maxlength="10" size="6"',
  offer: 'inputmode="numeric" autocomplete="off" maxlength="3" size="3"',
  amount: 'inputmode="decimal" autocomplete="off" maxlength="12" size="7"',
};

function line(form: FormState, row: number, lang: Visit['lang']): SafeHtml {
  const errors = TALLY_COLUMNS.flatMap((column) => (form.errors[`${column}-${row}`] ? [form.errors[`${column}-${row}`]] : []));
  const errorId = `tally-error-${row}`;
  const cell = (column: TallyColumn) => {
    const name = `${column}-${row}`;
    const wrong = form.errors[name] !== undefined;
    return html`<td><input type="text" id="${fieldId(name)}" name="${name}" value="${shownValue(form.values[name])}" aria-labelledby="tally-row-${row} tally-${column}" ${raw(INPUT[column])}${wrong ? html` aria-invalid="true" aria-describedby="${errorId}"` : ''}></td>`;
  };
  return html`<tr>
<th scope="row" id="tally-row-${row}"><span class="visually-hidden">${TALLY_MESSAGES[lang].lineLabel(row)}</span><span aria-hidden="true">${row}</span></th>
${TALLY_COLUMNS.map(cell)}
<td>${errors.length > 0 ? html`<p class="error" id="${errorId}">${errors.join(' ')}</p>` : ''}</td>
</tr>`;
}

/**
 * The tally sheet typed in: the offers' numbers as printed, then a grid of 30 lines typed row by
 * row (Tab goes code, date, offer, amount, then the next line); each problem shown on its line.
 */
export function tallyPage(visit: Visit, producerId: string, offers: TallySheetOffer[], form: FormState, notice?: string, problemLines = 0): string {
  const m = TALLY_MESSAGES[visit.lang];
  const other = visit.lang === 'fr' ? 'en' : 'fr';
  const labels = Object.fromEntries(
    Object.keys(form.errors).map((name) => {
      const [column, row] = name.split('-');
      return [name, `${m.lineLabel(Number(row))}, ${m[column as TallyColumn]}`];
    }),
  );
  const rows = Array.from({ length: TALLY_FORM_LINES }, (_, i) => line(form, i + 1, visit.lang));
  const body = html`<p>${m.lead}</p>
<p class="row"><a class="button" href="/app/producer/${producerId}/tally-sheet.pdf?lang=${visit.lang}">${m.printSheet}</a> <a href="/app/producer/${producerId}/tally-sheet.pdf?lang=${other}" hreflang="${other}">${m.printSheetEn}</a></p>
<h2>${m.offers}</h2>
${offers.length === 0 ? html`<p>${m.noOffers}</p>` : html`<ol class="plain">${offers.map((offer) => html`<li><strong>${offer.number}</strong> — ${offerPhrase(offer, visit.lang)}</li>`)}</ol>`}
${problemLines > 0 ? html`<p class="summary" role="alert">${m.problems(problemLines)}</p>` : ''}
${errorSummary(form, visit.lang, labels)}
${postForm(
  visit,
  html`<input type="hidden" name="key" value="${shownValue(form.values.key)}">
<table class="tally">
<thead><tr><th scope="col">${m.line}</th>${TALLY_COLUMNS.map((column) => html`<th scope="col" id="tally-${column}">${m[column]}</th>`)}<th scope="col">${m.problem}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p><button type="submit">${m.record}</button></p>`,
  { action: `/app/producer/${producerId}/tally`, label: m.title },
)}`;
  return portalPage(visit, { title: m.title, body, notice });
}
