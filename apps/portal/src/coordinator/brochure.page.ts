import type { Territory } from '#directory';
import { html } from '#web';
import { errorSummary, inputField, selectField } from '../forms/fields.js';
import type { FormState } from '../forms/form-errors.js';
import { IMPOSITION_MESSAGES, impositionField } from '../forms/imposition-field.js';
import type { Visit } from '../visit.js';
import { EDITIONS_MESSAGES } from '../editions/editions.messages.js';
import { PRINT_CHECK_MESSAGES } from '../print-check/print-check.messages.js';
import { COORDINATOR_MESSAGES } from './coordinator.messages.js';
import { coordinatorPage, coordinatorPath } from './coordinator-section.js';

/** The choices of the territory's brochure: a GET form whose answer is the PDF itself, downloaded. */
export function brochurePage(visit: Visit, territory: Territory, form: FormState): string {
  const m = COORDINATOR_MESSAGES[visit.lang];
  const lang = visit.lang;
  const languages = (['fr', 'en'] as const).map((value) => ({ value, label: m.languageNames[value] }));
  const formats = [
    { value: 'A4', label: m.formatA4 },
    { value: 'A5', label: m.formatA5 },
  ];
  const body = html`<p>${m.brochureLead}</p>
<p><a href="${coordinatorPath(territory.id, 'print-check')}">${PRINT_CHECK_MESSAGES[lang].checkLink}</a></p>
<p><a href="${coordinatorPath(territory.id, 'editions')}">${EDITIONS_MESSAGES[lang].editionsLink}</a></p>
${errorSummary(form, lang, { lang: m.brochureLanguage, format: m.format, imposition: IMPOSITION_MESSAGES[lang].imposition, date: m.date })}
<form method="get" action="${coordinatorPath(territory.id, 'brochure.pdf')}" class="card">
${selectField(form, { name: 'lang', label: m.brochureLanguage, choices: languages, lang })}
${selectField(form, { name: 'format', label: m.format, choices: formats, lang })}
${impositionField(form, lang)}
${inputField(form, { name: 'date', label: m.date, hint: m.dateHint, type: 'date', lang })}
<button type="submit">${m.download}</button>
</form>`;
  return coordinatorPage(visit, territory, { title: m.brochureTitle, body });
}
