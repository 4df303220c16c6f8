import { CATEGORIES, CATEGORY_LABELS, type Producer } from '#directory';
import { html, type SafeHtml } from '#web';
import { checkboxes, errorSummary, inputField, textArea } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { addressFields, contactFields, placeLabels, positionFields } from '../forms/place-fields.js';
import { portalPage, postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { hoursFields } from './hours-fields.js';
import { HOURS_NOTE_MESSAGES } from '../forms/hours-note-fields.js';
import { producerTextLabels } from '../forms/producer-text-labels.js';
import { PRODUCER_MESSAGES } from './producer.messages.js';
import { WEEKDAYS } from '#directory';
import { MEMBERSHIP_MESSAGES } from '../membership/membership.messages.js';

/** The names the error summary gives each field, so that "Tuesday: …" says where to look. */
function summaryLabels(lang: Visit['lang']): Record<string, string> {
  const m = PRODUCER_MESSAGES[lang];
  return {
    name: m.name,
    ...producerTextLabels(m),
    categories: m.categories,
    ...placeLabels(m),
    hours: m.hours,
    openingHours: m.hours,
    hoursNote: HOURS_NOTE_MESSAGES[lang].note,
    ...Object.fromEntries(WEEKDAYS.map((day) => [`hours.${day}`, m.days[day]])),
  };
}

/** "My business": the profile visitors see, with its opening hours. */
export function businessPage(visit: Visit, producer: Producer, form: FormState, notice?: string, images?: SafeHtml): string {
  const m = PRODUCER_MESSAGES[visit.lang];
  const lang = visit.lang;
  const path = `/app/producer/${producer.id}`;
  const categories = CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value][lang] }));
  const place = { words: m, owner: 'own', lang } as const;
  const body = html`<p class="row"><a class="button secondary" href="${path}/offers">${m.seeOffers}</a> <a href="/f/${producer.code}">${m.seePublicPage}</a> <a href="${path}/membership">${MEMBERSHIP_MESSAGES[visit.lang].link}</a></p>
${errorSummary(form, lang, summaryLabels(lang))}
${postForm(
  visit,
  html`<section class="card" aria-labelledby="identity-title"><h2 id="identity-title">${m.identity}</h2>
${inputField(form, { name: 'name', label: m.name, required: true, maxLength: 120, autocomplete: 'organization', lang })}
${textArea(form, { name: 'description.fr', label: m.descriptionFr, hint: m.descriptionHint, rows: 5, maxLength: 2000, lang })}
${textArea(form, { name: 'description.en', label: m.descriptionEn, rows: 5, maxLength: 2000, lang })}
${textArea(form, { name: 'description.nl', label: m.descriptionNl, rows: 5, maxLength: 2000, lang })}
${textArea(form, { name: 'description.de', label: m.descriptionDe, rows: 5, maxLength: 2000, lang })}
${checkboxes(form, { name: 'categories', label: m.categories, choices: categories, lang })}
${textArea(form, { name: 'visitConditions.fr', label: m.visitFr, hint: m.visitHint, rows: 2, maxLength: 500, lang })}
${textArea(form, { name: 'visitConditions.en', label: m.visitEn, rows: 2, maxLength: 500, lang })}
${textArea(form, { name: 'visitConditions.nl', label: m.visitNl, rows: 2, maxLength: 500, lang })}
${textArea(form, { name: 'visitConditions.de', label: m.visitDe, rows: 2, maxLength: 500, lang })}
</section>
<section class="card" aria-labelledby="place-title"><h2 id="place-title">${m.place}</h2>
${addressFields(form, place)}
${contactFields(form, place)}
${positionFields(form, place, 'paragraph')}
</section>
<div class="card">${hoursFields(form, visit, path)}</div>
<button type="submit">${m.saveBusiness}</button>`,
  { action: path },
)}
${images ?? ''}`;
  return portalPage(visit, { title: m.businessTitle, body, notice });
}
