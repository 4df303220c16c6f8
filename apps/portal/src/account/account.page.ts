import { html } from '#web';
import { emptyForm, type FormState } from '../forms/form-errors.js';
import { errorSummary, fieldId, inputField } from '../forms/fields.js';
import { portalPage, postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { ACCOUNT_MESSAGES } from './account.messages.js';

export function accountPage(visit: Visit, form: FormState = emptyForm()): string {
  const m = ACCOUNT_MESSAGES[visit.lang];
  const confirmError = form.errors.confirm;
  const body = html`<section class="card" aria-labelledby="data-title">
<h2 id="data-title">${m.dataTitle}</h2>
<p>${m.dataLead}</p>
<p><a class="button secondary" href="/app/account/data.json" download>${m.download}</a></p>
</section>
<section class="card" aria-labelledby="erase-title">
<h2 id="erase-title">${m.eraseTitle}</h2>
<p>${m.eraseLead}</p>
${errorSummary(form, visit.lang)}
${postForm(
  visit,
  html`${inputField(form, { name: 'password', label: m.password, type: 'password', autocomplete: 'current-password', required: true, lang: visit.lang })}
<div class="field">
${confirmError ? html`<p class="error" id="${fieldId('confirm')}-error">${confirmError}</p>` : ''}
<label><input type="checkbox" id="${fieldId('confirm')}" name="confirm" value="yes" ${confirmError ? html`aria-invalid="true" aria-describedby="${fieldId('confirm')}-error"` : ''}> ${m.confirm}</label>
</div>
<button class="danger" type="submit">${m.erase}</button>`,
  { action: '/app/account/erase' },
)}
</section>`;
  return portalPage(visit, { title: m.title, body });
}
