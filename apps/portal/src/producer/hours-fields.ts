import { html, raw, type SafeHtml } from '#web';
import { fieldId, textArea } from '../forms/fields.js';
import { hoursNoteFields } from '../forms/hours-note-fields.js';
import type { FormState } from '../forms/form-errors.js';
import type { Visit } from '../visit.js';
import { PRODUCER_MESSAGES } from './producer.messages.js';
import { WEEKDAYS, type Weekday } from '#directory';

const value = (form: FormState, name: string) => (typeof form.values[name] === 'string' ? form.values[name] : '');

function timeInput(form: FormState, day: Weekday, name: string, label: string, describedBy: string): SafeHtml {
  const field = `hours.${day}.${name}`;
  return html`<label for="${fieldId(field)}">${label} <input type="time" id="${fieldId(field)}" name="${field}" value="${value(form, field)}" ${describedBy ? html`aria-describedby="${describedBy}" aria-invalid="true"` : ''}></label>`;
}

/** One row per weekday: two time ranges and "closed"; the error of a day beside its row. */
function dayRow(form: FormState, visit: Visit, day: Weekday): SafeHtml {
  const m = PRODUCER_MESSAGES[visit.lang];
  const id = fieldId(`hours.${day}`);
  const error = form.errors[`hours.${day}`];
  const describedBy = error ? `${id}-error` : '';
  const closed = fieldId(`hours.${day}.closed`);
  return html`<fieldset class="field day" id="${id}">
<legend>${m.days[day]}</legend>
${error ? html`<p class="error" id="${id}-error">${error}</p>` : ''}
<div class="times">
<span class="range">${timeInput(form, day, 'from1', m.opens, describedBy)}${timeInput(form, day, 'to1', m.closes, describedBy)}</span>
<span class="range">${timeInput(form, day, 'from2', m.opensAgain, describedBy)}${timeInput(form, day, 'to2', m.closesAgain, describedBy)}</span>
<label class="closed" for="${closed}"><input type="checkbox" id="${closed}" name="hours.${day}.closed" value="1" ${value(form, `hours.${day}.closed`) ? raw('checked') : ''}>${m.closedDay}</label>
</div>
</fieldset>`;
}

/** The hours as a table of days, or as opening_hours text when the table cannot hold them (or the producer asks). */
export function hoursFields(form: FormState, visit: Visit, switchLink: string): SafeHtml {
  const m = PRODUCER_MESSAGES[visit.lang];
  const mode = form.values.hoursMode === 'text' ? 'text' : 'table';
  const hidden = html`<input type="hidden" name="hoursMode" value="${mode}">`;
  if (mode === 'text') {
    return html`<section aria-labelledby="hours-title"><h2 id="hours-title">${m.hours}</h2>${hidden}
${textArea(form, { name: 'openingHours', label: m.hours, hint: m.hoursTextHint, rows: 3, maxLength: 500, lang: visit.lang })}
${hoursNoteFields(form, visit.lang)}
${form.values.tableUnfit ? html`<p class="muted">${m.hoursKeptAsText}</p>` : html`<p><a href="${switchLink}?hours=table">${m.hoursAsTable}</a></p>`}
</section>`;
  }
  return html`<section aria-labelledby="hours-title"><h2 id="hours-title">${m.hours}</h2>${hidden}
<p class="hint">${m.hoursHint}</p>
${form.errors.hours ? html`<p class="error" id="${fieldId('hours')}">${form.errors.hours}</p>` : ''}
${WEEKDAYS.map((day) => dayRow(form, visit, day))}
${hoursNoteFields(form, visit.lang)}
<p><a href="${switchLink}?hours=text">${m.hoursAsText}</a></p>
</section>`;
}
