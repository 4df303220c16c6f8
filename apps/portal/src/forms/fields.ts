import { html, raw, type SafeHtml } from '#web';
import { PORTAL_MESSAGES } from '../portal-messages.js';
import type { PortalLanguage } from '../visit.js';
import type { FormState } from './form-errors.js';

/** `title.fr` → `f-title-fr`: the id a label, a hint and the error summary point at. */
export const fieldId = (name: string) => `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A form value as its field shows it: a text, number or yes/no as written, a list joined; nothing else has a text. */
export const shownValue = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : Array.isArray(value) ? value.join(', ') : '';

interface FieldOptions {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  lang: PortalLanguage;
}

/** Label, hint and error tied to the control (aria-describedby), the control marked invalid. */
function wrap(form: FormState, options: FieldOptions, control: (attributes: SafeHtml) => SafeHtml): SafeHtml {
  const id = fieldId(options.name);
  const error = form.errors[options.name];
  const described = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const attributes = html`id="${id}" name="${options.name}" ${described ? html`aria-describedby="${described}"` : ''} ${error ? raw('aria-invalid="true"') : ''} ${options.required ? raw('required aria-required="true"') : ''}`;
  return html`<div class="field">
<label for="${id}">${options.label}${options.required ? html` <span class="muted">(${PORTAL_MESSAGES[options.lang].required})</span>` : ''}</label>
${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : ''}
${error ? html`<p class="error" id="${id}-error">${error}</p>` : ''}
${control(attributes)}
</div>`;
}

export function inputField(
  form: FormState,
  options: FieldOptions & { type?: string; autocomplete?: string; inputmode?: string; step?: string; min?: string; max?: string; maxLength?: number },
): SafeHtml {
  const extra = html`${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${options.inputmode ? html` inputmode="${options.inputmode}"` : ''}${options.step ? html` step="${options.step}"` : ''}${options.min ? html` min="${options.min}"` : ''}${options.max ? html` max="${options.max}"` : ''}${options.maxLength ? html` maxlength="${options.maxLength}"` : ''}`;
  // Passwords are never sent back into the page.
  const value = options.type === 'password' ? '' : shownValue(form.values[options.name]);
  return wrap(form, options, (attributes) => html`<input type="${options.type ?? 'text'}" ${attributes} value="${value}"${extra}>`);
}

export function textArea(form: FormState, options: FieldOptions & { rows?: number; maxLength?: number }): SafeHtml {
  return wrap(
    form,
    options,
    (attributes) =>
      html`<textarea ${attributes} rows="${options.rows ?? 4}"${options.maxLength ? html` maxlength="${options.maxLength}"` : ''}>${shownValue(form.values[options.name])}</textarea>`,
  );
}

export function selectField(form: FormState, options: FieldOptions & { choices: { value: string; label: string }[] }): SafeHtml {
  const selected = shownValue(form.values[options.name]);
  return wrap(
    form,
    options,
    (attributes) =>
      html`<select ${attributes}>${options.choices.map((c) => html`<option value="${c.value}" ${c.value === selected ? raw('selected') : ''}>${c.label}</option>`)}</select>`,
  );
}

/** A group of checkboxes (several values under one name) in a fieldset with its legend. */
export function checkboxes(form: FormState, options: FieldOptions & { choices: { value: string; label: string }[] }): SafeHtml {
  const id = fieldId(options.name);
  const error = form.errors[options.name];
  const chosen = new Set([form.values[options.name]].flat().map(shownValue));
  return html`<fieldset class="field" id="${id}" ${error ? html`aria-describedby="${id}-error"` : ''}>
<legend>${options.label}</legend>
${options.hint ? html`<p class="hint">${options.hint}</p>` : ''}
${error ? html`<p class="error" id="${id}-error">${error}</p>` : ''}
<div class="choices">${options.choices.map(
    (c, i) =>
      html`<label><input type="checkbox" name="${options.name}" value="${c.value}" id="${id}-${i}" ${chosen.has(c.value) ? raw('checked') : ''}>${c.label}</label>`,
  )}</div>
</fieldset>`;
}

/** At the top of a form shown again: how many fields are wrong, each a link to its field. */
export function errorSummary(form: FormState, lang: PortalLanguage, labels: Record<string, string> = {}): SafeHtml {
  const entries = Object.entries(form.errors);
  if (entries.length === 0) return html``;
  return html`<div class="summary" role="alert" tabindex="-1">
<h2>${PORTAL_MESSAGES[lang].errorSummary(entries.length)}</h2>
<ul>${entries.map(([name, message]) => html`<li><a href="#${fieldId(name)}">${labels[name] ? `${labels[name]}${lang === 'fr' ? ' : ' : ': '}` : ''}${message}</a></li>`)}</ul>
</div>`;
}
