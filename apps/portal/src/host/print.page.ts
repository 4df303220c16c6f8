import type { Accommodation } from '#directory';
import { html } from '#web';
import { errorSummary, selectField } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { IMPOSITION_MESSAGES, impositionField } from '../forms/imposition-field.js';
import { portalPage } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { accommodationPath } from './accommodations.pages.js';
import { HOST_MESSAGES } from './host.messages.js';

/** The choices of a brochure: a GET form whose answer is the PDF itself, downloaded. */
export function printPage(visit: Visit, accommodation: Accommodation, form: FormState): string {
  const m = HOST_MESSAGES[visit.lang];
  const lang = visit.lang;
  const path = accommodationPath(accommodation.id);
  const languages = (['fr', 'en'] as const).map((value) => ({ value, label: m.languages[value] }));
  const formats = [
    { value: 'A4', label: m.formatA4 },
    { value: 'A5', label: m.formatA5 },
  ];
  const body = html`<p><a href="/app/host">${m.backToList}</a></p>
${errorSummary(form, lang, { lang: m.brochureLanguage, format: m.format, imposition: IMPOSITION_MESSAGES[lang].imposition })}
<section class="card" aria-labelledby="brochure-title"><h2 id="brochure-title">${m.brochure}</h2>
<p>${m.brochureLead}</p>
<form method="get" action="${path}/brochure.pdf">
${selectField(form, { name: 'lang', label: m.brochureLanguage, choices: languages, lang })}
${selectField(form, { name: 'format', label: m.format, choices: formats, lang })}
${impositionField(form, lang)}
<button type="submit">${m.downloadBrochure}</button>
</form>
</section>
<section class="card" aria-labelledby="card-title"><h2 id="card-title">${m.qrCard}</h2>
<p>${m.qrCardLead}</p>
<p><a class="button secondary" href="${path}/qr-card.pdf" download>${m.downloadQrCard}</a></p>
</section>`;
  return portalPage(visit, { title: m.printTitle(accommodation.name), body });
}
