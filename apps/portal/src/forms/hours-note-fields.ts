import { defineMessages } from '#common';
import { isStrictOpeningHours, openingHoursInWords } from '#directory';
import { html, type SafeHtml } from '#web';
import type { PortalLanguage } from '../visit.js';
import type { FormState } from './form-errors.js';
import { textArea } from './fields.js';

export const HOURS_NOTE_MESSAGES = defineMessages(
  'fr',
  {
    readAs: 'Horaires enregistrés, à vérifier :',
    note: 'Précisions sur les horaires',
    noteHint: 'Sur rendez-vous, selon la saison… : montré tel quel aux visiteurs, jamais publié comme des horaires.',
  },
  {
    en: {
      readAs: 'Hours as saved, to check:',
      note: 'More about the hours',
      noteHint: 'By appointment, depending on the season…: shown to visitors as written, never published as opening hours.',
    },
  },
);

/**
 * The hours as they were saved, said back in words for the person to confirm ("du lundi au samedi
 * 9h-12h" is saved as Mo-Sa 09:00-12:00 and read back as "lun.–sam. 09:00–12:00"), and the note.
 */
export function hoursNoteFields(form: FormState, lang: PortalLanguage): SafeHtml {
  const m = HOURS_NOTE_MESSAGES[lang];
  const hours = form.values.openingHours;
  const readBack = !form.errors.openingHours && isStrictOpeningHours(hours) && hours.trim() !== '';
  return html`${readBack ? html`<p class="hours-read" role="status">${m.readAs} <strong>${openingHoursInWords(hours, lang)}</strong></p>` : ''}
${textArea(form, { name: 'hoursNote', label: m.note, hint: m.noteHint, rows: 2, maxLength: 500, lang })}`;
}
