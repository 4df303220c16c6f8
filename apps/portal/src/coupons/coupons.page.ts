import type { Territory } from '#directory';
import type { EditionView } from '#insights';
import type { CouponUsesView, IssuedCouponsHostView } from '#passes';
import type { ScannedPageView } from '#printing';
import { html, raw, type SafeHtml } from '#web';
import { coordinatorPage, coordinatorPath } from '../coordinator/coordinator-section.js';
import { errorSummary, fieldId, inputField, selectField, shownValue } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { csrfField, postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { COUPONS_MESSAGES } from './coupons.messages.js';

/** Lines of the typing grid: a pile is typed 30 at a time (or scanned). */
export const COUPON_FORM_LINES = 30;

export interface CouponsPageData {
  editions: EditionView[];
  edition?: EditionView;
  hosts: IssuedCouponsHostView[];
  accommodations: { id: string; name: string }[];
}

export interface CouponsForms {
  issue: FormState;
  grid: FormState;
  scans: FormState;
}

export type CouponsResult = CouponUsesView & { pages?: ScannedPageView[] };

function gridLine(form: FormState, row: number, lang: Visit['lang']): SafeHtml {
  const m = COUPONS_MESSAGES[lang];
  const error = form.errors[`serial-${row}`] ?? form.errors[`day-${row}`];
  const cell = (column: 'serial' | 'day', attributes: string) => {
    const name = `${column}-${row}`;
    const wrong = form.errors[name] !== undefined;
    return html`<td><input type="text" id="${fieldId(name)}" name="${name}" value="${shownValue(form.values[name])}" aria-labelledby="coupon-row-${row} coupon-${column}" ${raw(attributes)}${wrong ? html` aria-invalid="true" aria-describedby="coupon-error-${row}"` : ''}></td>`;
  };
  return html`<tr><th scope="row" id="coupon-row-${row}"><span class="visually-hidden">${m.lineLabel(row)}</span><span aria-hidden="true">${row}</span></th>
${cell('serial', 'inputmode="text" autocapitalize="characters" autocomplete="off" spellcheck="false" maxlength="40" size="13"')}
${cell('day', 'inputmode="numeric" autocomplete="off" maxlength="10" size="6"')}
<td>${error ? html`<p class="error" id="coupon-error-${row}">${error}</p>` : ''}</td></tr>`;
}

function resultList(result: CouponsResult, lang: Visit['lang']): SafeHtml {
  const m = COUPONS_MESSAGES[lang];
  const good = result.lines.filter((line) => line.outcome === 'recorded' || line.outcome === 'valid').length;
  const scanned = result.pages !== undefined;
  const pages = result.pages ?? [];
  return html`<section class="card" aria-labelledby="result-title"><h2 id="result-title">${m.resultTitle}</h2>
<p role="status">${result.recorded ? m.recordedNow : m.previewed} ${m.counts(good, result.lines.length - good)}</p>
${
  scanned
    ? html`<p>${m.pages(
        pages.length,
        pages.reduce((sum, page) => sum + page.milliseconds, 0),
      )}</p>`
    : ''
}
${
  result.lines.length === 0
    ? html`<p>${m.noCode}</p>`
    : html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="result-title"><table><thead><tr><th scope="col">${m.line}</th><th scope="col">${m.serial}</th><th scope="col">${m.outcome}</th></tr></thead>
<tbody>${result.lines.map(
        (line) =>
          html`<tr><td>${line.line}</td><td>${line.typed}${scanned && line.source ? html`<br><small>${m.where} ${line.source}</small>` : ''}</td><td>${line.message}${line.accommodationName ? html`<br><small>${line.accommodationName}, ${m.edition.toLowerCase()} ${line.edition ?? ''}</small>` : ''}</td></tr>`,
      )}</tbody></table></div>`
}
</section>`;
}

/**
 * The coordinator's coupons: which edition, its coupons issued per host with each host's sheet to
 * print, then the pile recorded by typing (a grid like the tally sheet's) or by sending scans, and
 * what became of each coupon.
 */
export function couponsPage(visit: Visit, territory: Territory, data: CouponsPageData, forms: CouponsForms, result?: CouponsResult, notice?: string): string {
  const lang = visit.lang;
  const m = COUPONS_MESSAGES[lang];
  const path = (rest: string) => coordinatorPath(territory.id, rest);
  const edition = data.edition;
  if (!edition) return coordinatorPage(visit, territory, { title: m.title, body: html`<p>${m.lead}</p><p>${m.none}</p>` });
  const choices = data.editions.map((e) => ({ value: String(e.number), label: `${e.number} — ${e.name}` }));
  const pick = html`<form method="get" action="${path('coupons')}" class="row">
${selectField({ values: { edition: String(edition.number) }, errors: {} }, { name: 'edition', label: m.edition, choices, lang })}
<button type="submit" class="secondary">${m.show}</button></form>`;
  const hosts = data.hosts.length
    ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="hosts-title"><table><thead><tr><th scope="col">${m.host}</th><th scope="col" class="n">${m.hostCopies}</th><th scope="col" class="n">${m.hostCoupons}</th></tr></thead>
<tbody>${data.hosts.map(
        (host) =>
          html`<tr><td>${host.name}<br><a href="${path('coupons/sheet.pdf')}?edition=${edition.number}&amp;accommodation=${host.accommodationId}">${m.sheet}<span class="visually-hidden"> — ${host.name}</span></a></td><td class="n">${host.copies}</td><td class="n">${host.coupons}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${m.noHosts}</p>`;
  const issue = postForm(
    visit,
    html`<h2>${m.issueTitle}</h2><p class="hint">${m.issueHint}</p>
<input type="hidden" name="edition" value="${edition.number}">
${selectField(forms.issue, { name: 'accommodationId', label: m.accommodation, choices: [{ value: '', label: m.allHosts }, ...data.accommodations.map((a) => ({ value: a.id, label: a.name }))], lang })}
${inputField(forms.issue, { name: 'copies', label: m.copies, type: 'number', inputmode: 'numeric', min: '1', lang })}
<button type="submit">${m.issue}</button>`,
    { action: path('coupons/issue'), className: 'card' },
  );
  const labels = Object.fromEntries(Object.keys(forms.grid.errors).map((name) => [name, m.lineLabel(Number(name.split('-')[1]))]));
  const grid = postForm(
    visit,
    html`<h2>${m.typeTitle}</h2><p class="hint">${m.typeHint}</p>
${errorSummary(forms.grid, lang, labels)}
<table class="tally"><thead><tr><th scope="col">${m.line}</th><th scope="col" id="coupon-serial">${m.serial}</th><th scope="col" id="coupon-day">${m.day}</th><th scope="col"></th></tr></thead>
<tbody>${Array.from({ length: COUPON_FORM_LINES }, (_, i) => gridLine(forms.grid, i + 1, lang))}</tbody></table>
<p class="row"><button type="submit" name="action" value="check" class="secondary">${m.check}</button> <button type="submit" name="action" value="record">${m.record}</button></p>`,
    { action: path('coupons/uses'), className: 'card', label: m.typeTitle },
  );
  const scanError = forms.scans.errors.files;
  const scans = html`<section class="card" aria-labelledby="scans-title"><h2 id="scans-title">${m.scanTitle}</h2>
${errorSummary(forms.scans, lang, { files: m.files })}
<form method="post" action="${path('coupons/scans')}" enctype="multipart/form-data" novalidate>
${csrfField(visit)}
<div class="field"><label for="${fieldId('files')}">${m.files}</label>
<p class="hint" id="scans-hint">${m.scanHint}</p>
${scanError ? html`<p class="error" id="scans-error">${scanError}</p>` : ''}
<input type="file" id="${fieldId('files')}" name="files" multiple accept="image/png,image/jpeg,image/webp,application/pdf,.pdf" aria-describedby="scans-hint${scanError ? ' scans-error' : ''}" ${scanError ? raw('aria-invalid="true"') : ''}></div>
<div class="field"><label><input type="checkbox" name="record" value="true"> ${m.recordScans}</label></div>
<button type="submit">${m.readScans}</button>
</form></section>`;
  const body = html`<p>${m.lead}</p>
${pick}
${result ? resultList(result, lang) : ''}
<section class="card" aria-labelledby="hosts-title"><h2 id="hosts-title">${m.hostsTitle} — ${edition.number} ${edition.name}</h2>${hosts}</section>
${issue}
${grid}
${scans}`;
  return coordinatorPage(visit, territory, { title: m.title, body, notice });
}
