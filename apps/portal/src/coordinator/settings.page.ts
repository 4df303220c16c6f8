import { LANGUAGES } from '#common';
import type { Territory } from '#directory';
import { html, raw, type SafeHtml } from '#web';
import { checkboxes, errorSummary, fieldId, inputField, shownValue, textArea } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { postForm } from '../layout/portal-layout.js';
import { PORTAL_MESSAGES } from '../portal-messages.js';
import type { Visit } from '../visit.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';
import { coordinatorPage } from './coordinator-section.js';
import { COLOR_FIELDS } from './settings-form.js';

const value = (form: FormState, name: string) => shownValue(form.values[name]);

/** A colour as a picker and as its code, in one group; the error and the summary point at the code. */
function colorField(form: FormState, visit: Visit, name: (typeof COLOR_FIELDS)[number], label: string): SafeHtml {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const id = fieldId(name);
  const error = form.errors[name];
  return html`<fieldset class="field">
<legend>${label}</legend>
<p class="hint" id="${id}-hint">${m.colorHint}</p>
${error ? html`<p class="error" id="${id}-error">${error}</p>` : ''}
<div class="row">
<label for="${id}-picker" class="visually-hidden">${m.colorPicker(label)}</label>
<input type="color" id="${id}-picker" name="${name}Picker" value="${value(form, `${name}Picker`)}" style="width:4rem;padding:.2rem">
<label for="${id}" class="visually-hidden">${m.colorCode(label)}</label>
<input type="text" id="${id}" name="${name}" value="${value(form, name)}" maxlength="7" style="max-width:9rem" aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}" ${error ? raw('aria-invalid="true"') : ''}>
</div>
<input type="hidden" name="${name}Was" value="${value(form, `${name}Was`)}">
<input type="hidden" name="${name}PickerWas" value="${value(form, `${name}PickerWas`)}">
</fieldset>`;
}

/** A yes/no setting: one checkbox in its own group, the question as the legend. */
function toggle(form: FormState, name: string, legend: string, label: string): SafeHtml {
  const id = fieldId(name);
  return html`<fieldset class="field"><legend>${legend}</legend>
<div class="choices"><label for="${id}"><input type="checkbox" id="${id}" name="${name}" value="yes" ${form.values[name] === 'yes' ? raw('checked') : ''}>${label}</label></div>
</fieldset>`;
}

/** Everything a coordinator sets about the territory: names, contact, look, languages, rules, funders. */
export function settingsPage(visit: Visit, territory: Territory, form: FormState, notice?: string, images?: SafeHtml): string {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const lang = visit.lang;
  const languages = LANGUAGES.map((language) => ({ value: language, label: m.languageNames[language] }));
  const labels = {
    name: m.territoryName,
    contactEmail: m.contactEmail,
    contactPhone: m.contactPhone,
    website: m.website,
    logoUrl: m.logoUrl,
    primaryColor: m.primaryColor,
    secondaryColor: m.secondaryColor,
    languages: m.languages,
    timeZone: m.timeZone,
    funders: m.funders,
    domains: m.domains,
  };
  const body = html`<p>${m.settingsLead}</p>
${errorSummary(form, lang, labels)}
${postForm(
  visit,
  html`${inputField(form, { name: 'name', label: m.territoryName, required: true, maxLength: 120, lang })}
${inputField(form, { name: 'contactEmail', label: m.contactEmail, type: 'email', autocomplete: 'off', maxLength: 200, lang })}
${inputField(form, { name: 'contactPhone', label: m.contactPhone, type: 'tel', autocomplete: 'off', lang })}
${inputField(form, { name: 'website', label: m.website, type: 'url', maxLength: 500, lang })}
${inputField(form, { name: 'logoUrl', label: m.logoUrl, hint: m.logoHint, type: 'url', maxLength: 500, lang })}
${colorField(form, visit, 'primaryColor', m.primaryColor)}
${colorField(form, visit, 'secondaryColor', m.secondaryColor)}
${checkboxes(form, { name: 'languages', label: m.languages, hint: m.languagesHint, choices: languages, lang })}
${toggle(form, 'offersNeedReview', m.review, m.reviewOn)}
${toggle(form, 'selfServicePasses', m.selfService, m.selfServiceOn)}
${inputField(form, { name: 'timeZone', label: m.timeZone, hint: m.timeZoneHint, required: true, lang })}
${textArea(form, { name: 'funders', label: m.funders, hint: m.fundersHint, rows: 6, lang })}
${textArea(form, { name: 'domains', label: m.domains, hint: m.domainsHint, rows: 3, lang })}
<button type="submit">${PORTAL_MESSAGES[lang].save}</button>`,
  { className: 'card' },
)}
${images ?? ''}`;
  return coordinatorPage(visit, territory, { title: m.settingsTitle, body, notice });
}
