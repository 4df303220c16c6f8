/** Calendar dates (YYYY-MM-DD) as tests write them: days after a date, a month's first and last days. */

/** The date `days` after `date` (before it when negative). */
export const shiftDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The first and last days of the month `months` after `date`'s. */
export const monthOf = (date: string, months: number): { first: string; last: string } => {
  const first = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  return { first: first.toISOString().slice(0, 10), last: last.toISOString().slice(0, 10) };
};
