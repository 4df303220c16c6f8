import { text } from '../forms/form-values.js';

/** Lines of the typing grid: as many as a printed sheet has. */
export const TALLY_FORM_LINES = 30;

/** The columns of a line, as named in the form (`code-3`, `date-3`…). */
export const TALLY_COLUMNS = ['code', 'date', 'offer', 'amount'] as const;
export type TallyColumn = (typeof TALLY_COLUMNS)[number];

/** A line of the grid as typed; `row` from 1. */
export interface TypedLine {
  row: number;
  code: string;
  date: string;
  offer: string;
  amount: string;
}

/** The lines with anything typed in them: an empty line is left out. */
export function typedLines(body: Record<string, unknown>): TypedLine[] {
  const lines: TypedLine[] = [];
  for (let row = 1; row <= TALLY_FORM_LINES; row++) {
    const [code, date, offer, amount] = TALLY_COLUMNS.map((column) => text(body[`${column}-${row}`]).trim());
    if (code || date || offer || amount) lines.push({ row, code, date, offer, amount });
  }
  return lines;
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * A day written day first, as on the sheet: "14/07", "14.7", "14 07", "1407", "14/07/2026", "14/07/26",
 * "14072026". Without a year, the latest such day not after today (a sheet of late December typed in
 * January is last year's). Undefined when it is no day of the calendar.
 */
export function dayWritten(typed: string, today: string): string | undefined {
  const compact = /^(\d{2})(\d{2})(\d{4}|\d{2})?$/.exec(typed);
  const parts = compact ?? /^(\d{1,2})[/.\s-](\d{1,2})(?:[/.\s-](\d{4}|\d{2}))?$/.exec(typed);
  if (!parts) return undefined;
  const [day, month] = [Number(parts[1]), Number(parts[2])];
  const thisYear = Number(today.slice(0, 4));
  let year = parts[3] === undefined ? thisYear : Number(parts[3]) + (parts[3].length === 2 ? 2000 : 0);
  if (parts[3] === undefined && iso(year, month, day) > today) year -= 1;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? iso(year, month, day) : undefined;
}
