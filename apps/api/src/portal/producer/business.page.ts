import { CATEGORIES, CATEGORY_LABELS, type Producer } from '../../../../../libs/directory/src/index.js';
import { html } from '../../pages/html.js';
import { checkboxes, errorSummary, inputField, textArea } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { portalPage, postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { hoursFields } from './hours-fields.js';
import { PRODUCER_MESSAGES } from './producer.messages.js';
import { WEEKDAYS } from './weekly-hours.js';

/** The names the error summary gives each field, so that "Tuesday: …" says where to look. */
function summaryLabels(lang: Visit['lang']): Record<string, string> {
  const m = PRODUCER_MESSAGES[lang];
  return {
    name: m.name,
    'description.fr': m.descriptionFr,
    'description.en': m.descriptionEn,
    'visitConditions.fr': m.visitFr,
    'visitConditions.en': m.visitEn,
    categories: m.categories,
    address: m.address,
    postcode: m.postcode,
    commune: m.commune,
    phone: m.phone,
    email: m.email,
    website: m.website,
    latitude: m.latitude,
    longitude: m.longitude,
    hours: m.hours,
    openingHours: m.hours,
    ...Object.fromEntries(WEEKDAYS.map((day) => [`hours.${day}`, m.days[day]])),
  };
}

/** "My business": the profile visitors see, with its opening hours. */
export function businessPage(visit: Visit, producer: Producer, form: FormState, notice?: string): string {
  const m = PRODUCER_MESSAGES[visit.lang];
  const lang = visit.lang;
  const path = `/app/producer/${producer.id}`;
  const categories = CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value][lang] }));
  const body = html`<p class="row"><a class="button secondary" href="${path}/offers">${m.seeOffers}</a> <a href="/f/${producer.code}">${m.seePublicPage}</a></p>
${errorSummary(form, lang, summaryLabels(lang))}
${postForm(
  visit,
  html`<section class="card" aria-labelledby="identity-title"><h2 id="identity-title">${m.identity}</h2>
${inputField(form, { name: 'name', label: m.name, required: true, maxLength: 120, autocomplete: 'organization', lang })}
${textArea(form, { name: 'description.fr', label: m.descriptionFr, hint: m.descriptionHint, rows: 5, maxLength: 2000, lang })}
${textArea(form, { name: 'description.en', label: m.descriptionEn, rows: 5, maxLength: 2000, lang })}
${checkboxes(form, { name: 'categories', label: m.categories, choices: categories, lang })}
${textArea(form, { name: 'visitConditions.fr', label: m.visitFr, hint: m.visitHint, rows: 2, maxLength: 500, lang })}
${textArea(form, { name: 'visitConditions.en', label: m.visitEn, rows: 2, maxLength: 500, lang })}
</section>
<section class="card" aria-labelledby="place-title"><h2 id="place-title">${m.place}</h2>
${inputField(form, { name: 'address', label: m.address, required: true, maxLength: 200, autocomplete: 'street-address', lang })}
${inputField(form, { name: 'postcode', label: m.postcode, required: true, inputmode: 'numeric', autocomplete: 'postal-code', maxLength: 5, lang })}
${inputField(form, { name: 'commune', label: m.commune, required: true, maxLength: 80, autocomplete: 'address-level2', lang })}
${inputField(form, { name: 'phone', label: m.phone, type: 'tel', autocomplete: 'tel', maxLength: 20, lang })}
${inputField(form, { name: 'email', label: m.email, type: 'email', autocomplete: 'email', maxLength: 200, lang })}
${inputField(form, { name: 'website', label: m.website, hint: m.websiteHint, type: 'url', autocomplete: 'url', maxLength: 500, lang })}
<p class="hint">${m.positionHint}</p>
${inputField(form, { name: 'latitude', label: m.latitude, required: true, inputmode: 'decimal', lang })}
${inputField(form, { name: 'longitude', label: m.longitude, required: true, inputmode: 'decimal', lang })}
</section>
<div class="card">${hoursFields(form, visit, path)}</div>
<button type="submit">${m.saveBusiness}</button>`,
  { action: path },
)}`;
  return portalPage(visit, { title: m.businessTitle, body, notice });
}
