import { closedWeek, TIME_OF_DAY, WEEKDAYS, type Weekday, type WeeklyHours } from '#directory';

/* The week's rows as the business page's form posts and shows them (hours.Mo.from1, hours.Mo.closed…). */

export type DayProblem = 'incomplete' | 'invalidTime' | 'sameTimes' | 'secondWithoutFirst' | 'closedWithTimes';

/**
 * The week from the form's rows (`hours.Mo.from1`, `hours.Mo.to1`, `hours.Mo.from2`, `hours.Mo.to2`,
 * `hours.Mo.closed`), with what is wrong with each day. A day marked closed that still has times
 * is a question to ask, not a guess: the times typed are never dropped silently.
 */
export function weekFromForm(fields: Record<string, unknown>): { week: WeeklyHours; problems: Partial<Record<Weekday, DayProblem>> } {
  const week = closedWeek();
  const problems: Partial<Record<Weekday, DayProblem>> = {};
  const text = (name: string) => (typeof fields[name] === 'string' ? fields[name].trim() : '');
  for (const day of WEEKDAYS) {
    const pairs = [1, 2].map((n) => ({ from: text(`hours.${day}.from${n}`), to: text(`hours.${day}.to${n}`) }));
    const filled = pairs.map((p) => p.from !== '' || p.to !== '');
    if (text(`hours.${day}.closed`) !== '') {
      if (filled.some(Boolean)) problems[day] = 'closedWithTimes';
      continue;
    }
    if (!filled[0] && filled[1]) {
      problems[day] = 'secondWithoutFirst';
      continue;
    }
    const ranges = pairs.filter((_p, i) => filled[i]);
    const problem = ranges.some((r) => r.from === '' || r.to === '')
      ? 'incomplete'
      : ranges.some((r) => !TIME_OF_DAY.test(r.from) || !TIME_OF_DAY.test(r.to))
        ? 'invalidTime'
        : ranges.some((r) => r.from === r.to)
          ? 'sameTimes'
          : undefined;
    if (problem) problems[day] = problem;
    else week[day] = ranges;
  }
  return { week, problems };
}

/** The form's fields for a week: what the rows show. */
export function formOfWeek(week: WeeklyHours): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const day of WEEKDAYS) {
    if (week[day].length === 0) fields[`hours.${day}.closed`] = '1';
    week[day].forEach((range, i) => {
      fields[`hours.${day}.from${i + 1}`] = range.from;
      fields[`hours.${day}.to${i + 1}`] = range.to;
    });
  }
  return fields;
}
