import type { ImportReport, SheetKind } from '#directory';
import { html, raw, type SafeHtml } from '#web';
import { emptyForm, type FormState } from '../forms/form-errors.js';
import { errorSummary, fieldId } from '../forms/fields.js';
import { refusalText } from '../forms/refusal-texts.js';
import { csrfField, portalPage, postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { SPREADSHEET_MESSAGES } from './spreadsheets.messages.js';

/** What was checked, kept in the confirmation form (the server keeps nothing between the two steps). */
export interface CheckedFile {
  kind: SheetKind;
  report: ImportReport;
  /** The file's bytes, base64. */
  content: string;
}

export function spreadsheetsPage(visit: Visit, base: string, options: { form?: FormState; checked?: CheckedFile; notice?: string } = {}): string {
  const m = SPREADSHEET_MESSAGES[visit.lang];
  const form = options.form ?? emptyForm({ kind: 'producers' });
  const kindError = form.errors.kind;
  const fileError = form.errors.file;
  const body = html`${options.checked ? checkReport(visit, base, options.checked) : ''}
<section class="card" aria-labelledby="import-title">
<h2 id="import-title">${m.importTitle}</h2>
<p>${m.importLead}</p>
${errorSummary(form, visit.lang)}
<form method="post" action="${base}/check" enctype="multipart/form-data" novalidate>
${csrfField(visit)}
<fieldset class="field" id="${fieldId('kind')}">
<legend>${m.kind}</legend>
${kindError ? html`<p class="error">${kindError}</p>` : ''}
<div class="choices">${(['producers', 'accommodations'] as const).map(
    (kind) => html`<label><input type="radio" name="kind" value="${kind}" ${form.values.kind === kind ? raw('checked') : ''}>${m[kind]}</label>`,
  )}</div>
</fieldset>
<div class="field">
<label for="${fieldId('file')}">${m.file}</label>
<p class="hint" id="${fieldId('file')}-hint">${m.fileHint}</p>
${fileError ? html`<p class="error" id="${fieldId('file')}-error">${fileError}</p>` : ''}
<input type="file" id="${fieldId('file')}" name="file" accept=".csv,text/csv" aria-describedby="${fieldId('file')}-hint${fileError ? ` ${fieldId('file')}-error` : ''}" ${fileError ? raw('aria-invalid="true"') : ''}>
</div>
<button type="submit">${m.check}</button>
</form>
</section>
<section class="card" aria-labelledby="export-title">
<h2 id="export-title">${m.exportTitle}</h2>
<p>${m.exportLead}</p>
<ul>${(['producers', 'accommodations'] as const).map((kind) => html`<li><a href="${base}/export?kind=${kind}" download>${m[kind]} (CSV)</a></li>`)}</ul>
</section>`;
  return portalPage(visit, { title: m.title, body, notice: options.notice });
}

function checkReport(visit: Visit, base: string, checked: CheckedFile): SafeHtml {
  const m = SPREADSHEET_MESSAGES[visit.lang];
  const { report } = checked;
  return html`<section class="card" aria-labelledby="report-title">
<h2 id="report-title">${m.report(report.rows)} — ${m[checked.kind]}</h2>
<dl class="key-figures">
<div><dt>${m.willCreate}</dt><dd>${report.created}</dd></div>
<div><dt>${m.willUpdate}</dt><dd>${report.updated}</dd></div>
<div><dt>${m.unchanged}</dt><dd>${report.unchanged}</dd></div>
</dl>
${
  report.problems.length > 0
    ? html`<div class="summary" role="alert"><h2>${m.problems(report.problems.length)}</h2></div>
<table class="stack"><thead><tr><th scope="col">${m.row}</th><th scope="col">${m.column}</th><th scope="col">${m.message}</th></tr></thead>
<tbody>${report.problems.map((p) => html`<tr><td>${p.row}</td><td>${p.column ?? '—'}</td><td>${refusalText(p, visit.lang)}</td></tr>`)}</tbody></table>`
    : postForm(
        visit,
        html`<input type="hidden" name="kind" value="${checked.kind}"><input type="hidden" name="content" value="${checked.content}"><button type="submit">${m.confirm}</button>`,
        { action: `${base}/import` },
      )
}
</section>`;
}
