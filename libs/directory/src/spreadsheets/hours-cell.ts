import { refusal, type SaidRefusal } from '#common';
import { readHoursInWords } from '../shared/hours-in-words.js';
import { SPREADSHEET_PROBLEMS } from './import-problems.js';

/** The column of the hours note, as the export writes it ("Horaires (note)" is read as the same name). */
export const HOURS_NOTE_HEADER = 'horaires_note';

/**
 * An hours cell: the syntax as it is; words read into it (the change said); what cannot be read
 * becomes the note for people (said too), never machine hours and never a reason to refuse the row.
 */
export function readHoursCell(cell: string, noteColumn: string): { value: string | null; changed?: SaidRefusal; also?: { hoursNote: string } } {
  const typed = cell.trim();
  if (typed === '') return { value: null };
  const read = readHoursInWords(typed);
  const also = read.note === undefined ? undefined : { hoursNote: read.note };
  if (read.openingHours === undefined) return { value: null, changed: refusal(SPREADSHEET_PROBLEMS, 'hours_as_note', { typed, column: noteColumn }), also };
  if (read.openingHours === typed) return { value: typed, also };
  return { value: read.openingHours, changed: refusal(SPREADSHEET_PROBLEMS, 'hours_read', { typed, read: read.openingHours }), also };
}

/** A note that two cells both fill: both texts, once each. */
export function joinedText(first: unknown, second: string): string {
  const text = typeof first === 'string' ? first.trim() : '';
  return text === '' || text === second ? second : text.includes(second) ? text : `${second}\n${text}`;
}
