import type { Language } from '#common';
import { html, raw, type SafeHtml } from '#web';
import { sitePage } from '../pages/site-layout.js';
import { linkTo, type Site } from '../routes/site.js';
import { JOIN_FIELDS, JOIN_MESSAGES, type JoinField } from './join.messages.js';

/** What was typed, and what is wrong with it: a form shown again keeps every value. */
export interface JoinForm {
  values: Record<string, string>;
  errors: Partial<Record<JoinField, string>>;
}

/**
 * The field a person never sees, only a robot fills: named like nothing a browser's autofill knows
 * (a `nickname` would be filled for a person, who would then be dropped as a robot).
 */
export const TRAP_FIELD = 'remarks';

const idOf = (field: string) => `join-${field}`;

interface Field {
  name: Exclude<JoinField, 'kind' | 'consent' | 'offer'>;
  type?: string;
  autocomplete: string;
  inputmode?: string;
  maxLength: number;
  optional?: true;
}

const FIELDS: Field[] = [
  { name: 'businessName', autocomplete: 'organization', maxLength: 120 },
  { name: 'postcode', autocomplete: 'postal-code', inputmode: 'numeric', maxLength: 5 },
  { name: 'commune', autocomplete: 'address-level2', maxLength: 80 },
  { name: 'contactName', autocomplete: 'name', maxLength: 120 },
  { name: 'email', type: 'email', autocomplete: 'email', maxLength: 200 },
  { name: 'phone', type: 'tel', autocomplete: 'tel', maxLength: 60, optional: true },
  { name: 'website', autocomplete: 'url', inputmode: 'url', maxLength: 500, optional: true },
];

/** `aria-describedby` and `aria-invalid` of a field: its hint and its error, read with it. */
function described(form: JoinForm, field: JoinField, hint = false): SafeHtml {
  const ids = [hint ? `${idOf(field)}-hint` : '', form.errors[field] ? `${idOf(field)}-error` : ''].filter(Boolean).join(' ');
  return html`${ids ? html` aria-describedby="${ids}"` : ''}${form.errors[field] ? raw(' aria-invalid="true"') : ''}`;
}

const errorOf = (form: JoinForm, field: JoinField) => (form.errors[field] ? html`<p class="error" id="${idOf(field)}-error">${form.errors[field]}</p>` : '');

function input(form: JoinForm, lang: Language, field: Field): SafeHtml {
  const m = JOIN_MESSAGES[lang];
  return html`<div class="field">
<label for="${idOf(field.name)}">${m[field.name]}${field.optional ? html` <span class="muted">(${m.optional})</span>` : ''}</label>
${errorOf(form, field.name)}
<input id="${idOf(field.name)}" name="${field.name}" type="${field.type ?? 'text'}" autocomplete="${field.autocomplete}" maxlength="${String(field.maxLength)}"${field.inputmode ? html` inputmode="${field.inputmode}"` : ''}${field.optional ? '' : raw(' required')}${described(form, field.name)} value="${form.values[field.name] ?? ''}">
</div>`;
}

/** Each wrong field once, in the form's order, each a link to its field. */
function summary(form: JoinForm, lang: Language): SafeHtml {
  const wrong = JOIN_FIELDS.filter((field) => form.errors[field]);
  if (wrong.length === 0) return html``;
  const m = JOIN_MESSAGES[lang];
  const target = (field: JoinField) => (field === 'kind' ? `${idOf('kind')}-producer` : idOf(field));
  return html`<div class="summary" role="alert" tabindex="-1" aria-labelledby="join-summary"><h2 id="join-summary">${m.summary(wrong.length)}</h2>
<ul>${wrong.map((field) => html`<li><a href="#${target(field)}">${field === 'consent' ? '' : `${m[field]}${lang === 'fr' ? ' : ' : ': '}`}${form.errors[field]}</a></li>`)}</ul></div>`;
}

/** The join form: works without script, every error beside its field and summed up above the form. */
export function joinPage(site: Site, lang: Language, form: JoinForm): string {
  const m = JOIN_MESSAGES[lang];
  const kind = form.values.kind;
  const body = html`<p>${m.lead}</p>
${summary(form, lang)}
<form class="join" method="post" action="${linkTo(site, lang, { page: 'join' })}">
<fieldset class="field"${described(form, 'kind')}>
<legend>${m.kind}</legend>
${errorOf(form, 'kind')}
${(['producer', 'host'] as const).map(
  (choice) =>
    html`<label class="check"><input type="radio" name="kind" value="${choice}" id="${idOf('kind')}-${choice}" required${kind === choice ? raw(' checked') : ''}>${m[choice]}</label>`,
)}
</fieldset>
${FIELDS.map((field) => input(form, lang, field))}
<div class="field">
<label for="${idOf('offer')}">${m.offer}</label>
<p class="hint" id="${idOf('offer')}-hint">${m.offerHint}</p>
${errorOf(form, 'offer')}
<textarea id="${idOf('offer')}" name="offer" rows="5" maxlength="2000" required${described(form, 'offer', true)}>${form.values.offer ?? ''}</textarea>
</div>
<div class="trap"><label for="${idOf(TRAP_FIELD)}">${m.trap}</label><input id="${idOf(TRAP_FIELD)}" name="${TRAP_FIELD}" type="text" tabindex="-1" autocomplete="off"></div>
<div class="field">
${errorOf(form, 'consent')}
<label class="check"><input type="checkbox" id="${idOf('consent')}" name="consent" value="yes" required${form.values.consent === 'yes' ? raw(' checked') : ''}${described(form, 'consent')}>${m.consent}</label>
</div>
<p><button type="submit">${m.send}</button></p>
</form>`;
  return sitePage({ site, lang, ref: { page: 'join' }, title: m.title, description: m.description, body });
}

/** After a request (or a robot's), the same page: nothing tells a robot it was caught. */
export function joinedPage(site: Site, lang: Language): string {
  const m = JOIN_MESSAGES[lang];
  return sitePage({
    site,
    lang,
    ref: { page: 'joined' },
    title: m.thanksTitle,
    description: m.thanks(site.territory.name),
    body: html`<p role="status">${m.thanks(site.territory.name)}</p><p><a href="${linkTo(site, lang, { page: 'home' })}">${m.backHome}</a></p>`,
    noindex: true,
  });
}

/** Past the limits (429): when to come back, the form's address to go back to. */
export function tryLaterPage(site: Site, lang: Language, retryAfterSeconds: number): string {
  const m = JOIN_MESSAGES[lang];
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return sitePage({
    site,
    lang,
    ref: { page: 'join' },
    title: m.laterTitle,
    description: m.later(minutes),
    body: html`<p role="alert">${m.later(minutes)}</p><p><a href="${linkTo(site, lang, { page: 'home' })}">${m.backHome}</a></p>`,
    noindex: true,
  });
}
