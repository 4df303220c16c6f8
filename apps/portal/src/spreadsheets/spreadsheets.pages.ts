import { listedProblems, MAX_IMPORT_ROWS, XLSX_TYPE, type ImportChange, type ImportReport, type SheetKind } from '#directory';
import { html, raw, type SafeHtml } from '#web';
import { emptyForm, type FormState } from '../forms/form-errors.js';
import { errorSummary, fieldId } from '../forms/fields.js';
import { refusalText } from '../forms/refusal-texts.js';
import { csrfField, portalPage, postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { SPREADSHEET_MESSAGES } from './spreadsheets.messages.js';

/** The file a page may check (its base64 must fit a form post), in bytes. */
export const MAX_PAGE_FILE = 700 * 1024;

/** Records listed on the check page per kind of change: enough to see what a file does, not a page of megabytes. */
const LISTED_CHANGES = 100;

/** What was checked, kept in the confirmation form (the server keeps nothing between the two steps). */
export interface CheckedFile {
  kind: SheetKind;
  report: ImportReport;
  /** The file's bytes, base64. */
  content: string;
  /** Rows named like another place were said to be other places. */
  allowSimilar?: boolean;
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
<p class="hint" id="${fieldId('file')}-hint">${m.fileHint(MAX_PAGE_FILE / 1024, MAX_IMPORT_ROWS)}</p>
${fileError ? html`<p class="error" id="${fieldId('file')}-error">${fileError}</p>` : ''}
<input type="file" id="${fieldId('file')}" name="file" accept=".xlsx,.csv,${XLSX_TYPE},text/csv" aria-describedby="${fieldId('file')}-hint${fileError ? ` ${fieldId('file')}-error` : ''}" ${fileError ? raw('aria-invalid="true"') : ''}>
</div>
<div class="field">
<label><input type="checkbox" name="allowSimilar" value="true" aria-describedby="${fieldId('allowSimilar')}-hint" ${form.values.allowSimilar === 'true' ? raw('checked') : ''}>${m.allowSimilar}</label>
<p class="hint" id="${fieldId('allowSimilar')}-hint">${m.allowSimilarHint}</p>
</div>
<button type="submit">${m.check}</button>
</form>
</section>
<section class="card" aria-labelledby="export-title">
<h2 id="export-title">${m.exportTitle}</h2>
<p>${m.exportLead}</p>
<ul>${(['producers', 'accommodations'] as const).map(
    (kind) =>
      html`<li><a href="${base}/export?kind=${kind}&amp;format=xlsx" download>${m.asXlsx(m[kind])}</a> · <a href="${base}/export?kind=${kind}" download>${m.asCsv(m[kind])}</a></li>`,
  )}</ul>
<p class="hint">${m.exportHint}</p>
</section>`;
  return portalPage(visit, { title: m.title, body, notice: options.notice });
}

function checkReport(visit: Visit, base: string, checked: CheckedFile): SafeHtml {
  const m = SPREADSHEET_MESSAGES[visit.lang];
  const { report } = checked;
  const { problems, more } = listedProblems(report);
  return html`<section class="card" aria-labelledby="report-title">
<h2 id="report-title">${m.report(report.rows)} — ${m[checked.kind]}</h2>
<dl class="key-figures">
<div><dt>${m.willCreate}</dt><dd>${report.created}</dd></div>
<div><dt>${m.willUpdate}</dt><dd>${report.updated}</dd></div>
<div><dt>${m.unchanged}</dt><dd>${report.unchanged}</dd></div>
</dl>
${report.changes ? changeLists(visit, report.changes) : ''}
${
  report.warnings.length > 0
    ? html`<h3>${m.warnings}</h3><ul class="warnings">${report.warnings.map((w) => html`<li>${m.row} ${w.row}${w.column ? html`, ${w.column}` : ''} — ${refusalText(w, visit.lang)}</li>`)}</ul>`
    : ''
}
${
  problems.length > 0
    ? html`<div class="summary" role="alert"><h2>${m.problems(problems.length, more !== undefined)}</h2></div>
<table class="stack"><thead><tr><th scope="col">${m.row}</th><th scope="col">${m.column}</th><th scope="col">${m.message}</th></tr></thead>
<tbody>${[...problems, ...(more ? [more] : [])].map((p) => html`<tr><td>${p.row}</td><td>${p.column ?? '—'}</td><td>${refusalText(p, visit.lang)}</td></tr>`)}</tbody></table>`
    : report.rows === 0
      ? html`<p class="notice" role="status">${m.noRows}</p>`
      : postForm(
          visit,
          html`<input type="hidden" name="kind" value="${checked.kind}"><input type="hidden" name="content" value="${checked.content}">${checked.allowSimilar ? html`<input type="hidden" name="allowSimilar" value="true">` : ''}<button type="submit">${m.confirm}</button>`,
          { action: `${base}/import` },
        )
}
</section>`;
}

/** The records the file would create, and those it would change with each value before and after. */
function changeLists(visit: Visit, changes: ImportChange[]): SafeHtml {
  const m = SPREADSHEET_MESSAGES[visit.lang];
  const created = changes.filter((c) => c.action === 'create');
  const updated = changes.filter((c) => c.action === 'update');
  const more = (list: ImportChange[]) => (list.length > LISTED_CHANGES ? html`<p>${m.andMore(list.length - LISTED_CHANGES)}</p>` : '');
  const value = (text: string) => (text === '' ? html`<em>${m.empty}</em>` : text);
  return html`${
    created.length > 0
      ? html`<h3>${m.toCreate(created.length)}</h3>
<ul class="created">${created.slice(0, LISTED_CHANGES).map((c) => html`<li>${m.row} ${c.row} — ${c.name}</li>`)}</ul>${more(created)}`
      : ''
  }${
    updated.length > 0
      ? html`<h3>${m.toUpdate(updated.length)}</h3>
<table class="stack"><thead><tr><th scope="col">${m.row}</th><th scope="col">${m.name}</th><th scope="col">${m.changes}</th></tr></thead>
<tbody>${updated
          .slice(0, LISTED_CHANGES)
          .map(
            (c) =>
              html`<tr><td>${c.row}</td><td>${c.name}</td><td><ul>${c.fields.map((f) => html`<li>${f.column} : <del>${value(f.from)}</del> → <ins>${value(f.to)}</ins></li>`)}</ul></td></tr>`,
          )}</tbody></table>${more(updated)}`
      : ''
  }`;
}
