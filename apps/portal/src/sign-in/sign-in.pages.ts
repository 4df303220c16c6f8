import { html } from '#web';
import { emptyForm, type FormState } from '../forms/form-errors.js';
import { errorSummary, inputField, shownValue } from '../forms/fields.js';
import { portalPage, postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { SIGN_IN_MESSAGES } from './sign-in.messages.js';

export function signInPage(visit: Visit, form: FormState = emptyForm(), notice?: string): string {
  const m = SIGN_IN_MESSAGES[visit.lang];
  const body = html`<div class="card">
${errorSummary(form, visit.lang)}
${postForm(
  visit,
  html`<input type="hidden" name="next" value="${shownValue(form.values.next ?? '/app')}">
${inputField(form, { name: 'email', label: m.email, type: 'email', autocomplete: 'username', required: true, lang: visit.lang })}
${inputField(form, { name: 'password', label: m.password, type: 'password', autocomplete: 'current-password', required: true, lang: visit.lang })}
<div class="row"><button type="submit">${m.signIn}</button> <a href="/app/forgot-password">${m.forgot}</a></div>`,
  { action: '/app/sign-in' },
)}
</div>`;
  return portalPage(visit, { title: m.signInTitle, body, notice });
}

export function invitationPage(visit: Visit, form: FormState = emptyForm()): string {
  const m = SIGN_IN_MESSAGES[visit.lang];
  const body = html`<div class="card">
<p>${m.invitationLead}</p>
${errorSummary(form, visit.lang)}
${postForm(
  visit,
  html`${inputField(form, { name: 'name', label: m.name, autocomplete: 'name', maxLength: 120, lang: visit.lang })}
${inputField(form, { name: 'password', label: m.newPassword, hint: m.passwordHint, type: 'password', autocomplete: 'new-password', required: true, lang: visit.lang })}
<button type="submit">${m.accept}</button>`,
)}
</div>`;
  return portalPage(visit, { title: m.invitationTitle, body });
}

export function forgotPasswordPage(visit: Visit, form: FormState = emptyForm(), notice?: string): string {
  const m = SIGN_IN_MESSAGES[visit.lang];
  const body = html`<div class="card">
<p>${m.forgotLead}</p>
${errorSummary(form, visit.lang)}
${postForm(
  visit,
  html`${inputField(form, { name: 'email', label: m.email, type: 'email', autocomplete: 'email', required: true, lang: visit.lang })}
<button type="submit">${m.sendLink}</button>`,
)}
</div>`;
  return portalPage(visit, { title: m.forgotTitle, body, notice });
}

export function passwordResetPage(visit: Visit, form: FormState = emptyForm()): string {
  const m = SIGN_IN_MESSAGES[visit.lang];
  const body = html`<div class="card">
${errorSummary(form, visit.lang)}
${postForm(
  visit,
  html`${inputField(form, { name: 'password', label: m.newPassword, hint: m.passwordHint, type: 'password', autocomplete: 'new-password', required: true, lang: visit.lang })}
<button type="submit">${m.reset}</button>`,
)}
</div>`;
  return portalPage(visit, { title: m.resetTitle, body });
}
