import { openingHoursProblem, readOpeningHoursSyntax } from './opening-hours.js';
import { daysText, WEEKDAYS, type Weekday } from './weekly-hours.js';

/**
 * Opening hours as people type them in a spreadsheet or a form — "du lundi au samedi 9h-12h et
 * 14h-18h", "Samedi 10h30-12h", "fermé le dimanche", "Mon-Fri 9am-5pm" — read into the
 * OpenStreetMap syntax the app stores. What cannot be read whole is never guessed at: it is kept
 * as a note for people ("sur rendez-vous" always is), and no machine hours are published from it.
 */
export interface ReadHours {
  /** OpenStreetMap opening_hours, checked by the same parser the API validates with. */
  openingHours?: string;
  /** Words for people: an appointment-only mention, or the whole text when it could not be read. */
  note?: string;
}

const DAY_WORDS: Record<string, Weekday> = {};
const dayNames: Record<Weekday, string[]> = {
  Mo: ['lundi', 'lun', 'monday', 'mon', 'mo'],
  Tu: ['mardi', 'mar', 'tuesday', 'tues', 'tue', 'tu'],
  We: ['mercredi', 'mer', 'wednesday', 'wed', 'we'],
  Th: ['jeudi', 'jeu', 'thursday', 'thurs', 'thu', 'th'],
  Fr: ['vendredi', 'ven', 'friday', 'fri', 'fr'],
  Sa: ['samedi', 'sam', 'saturday', 'sat', 'sa'],
  Su: ['dimanche', 'dim', 'sunday', 'sun', 'su'],
};
for (const day of WEEKDAYS) for (const name of dayNames[day]) DAY_WORDS[name] = day;

/** Whole-week phrases, read before single words. */
const DAY_PHRASES: [RegExp, number[]][] = [
  [/\b(tous les jours|toute la semaine|7 ?j ?\/ ?7|7 jours sur 7|every ?day|daily|all week)\b/g, [0, 1, 2, 3, 4, 5, 6]],
  [/\b(en semaine|weekdays?)\b/g, [0, 1, 2, 3, 4]],
  [/\b(le |the )?week-?ends?\b/g, [5, 6]],
];

const APPOINTMENT = /\b(sur )?(rendez-vous|rdv|r\.d\.v\.?)\b|\b(by|on) appointment\b|\bappointment only\b/;
const CLOSED = /\b(fermee?s?|fermeture|closed|ferme)\b/;
const HOLIDAYS = /\b(jours? feries?|public holidays?|bank holidays?)\b/;

const normalise = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[–—−]/g, '-').replace(/\s+/g, ' ').trim();

const pad = (n: number) => String(n).padStart(2, '0');

/** "9h", "9h30", "09:00", "9.30", "9am", "5 pm", "midi" → "09:00"…; undefined when not a time. */
export function readTime(word: string): string | undefined {
  const w = word.trim();
  if (w === 'midi' || w === 'noon') return '12:00';
  if (w === 'minuit' || w === 'midnight') return '24:00';
  const match = /^(\d{1,2})(?:(?:h|:|\.)(\d{2})?)?\s*(am|pm)?$/.exec(w);
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (match[3] === 'pm' && hours < 12) hours += 12;
  if (match[3] === 'am' && hours === 12) hours = 0;
  // a bare number is a time only beside another time ("10-12"): the caller decides
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  return `${pad(hours)}:${pad(minutes)}`;
}

const TIME = String.raw`(?:\d{1,2}(?:[h:.]\d{2}|h)?\s*(?:am|pm)?|midi|noon|minuit|midnight)`;
const TIME_RANGE = new RegExp(String.raw`(?:de |from )?(${TIME})\s*(?:-|a|au|to|until|till|jusqu'?a)\s*(${TIME})`, 'g');

interface Rule {
  days: number[];
  ranges: string[];
  closed: boolean;
  holidays: boolean;
}

/** The days a clause names: ranges ("du lundi au samedi", "Mo-Fr"), lists ("lundi, mardi et jeudi"), whole-week phrases. */
function daysOf(clause: string): { days: number[]; rest: string } {
  const days = new Set<number>();
  let rest = clause;
  for (const [phrase, named] of DAY_PHRASES) {
    rest = rest.replace(phrase, () => {
      for (const d of named) days.add(d);
      return ' ';
    });
  }
  const dayWord = String.raw`([a-z]+?)s?\.?`;
  const range = new RegExp(String.raw`\b(?:du |from )?${dayWord}\b(?:\s*-\s*|\s+(?:au|a|to|through|thru)\s+)${dayWord}(?=\s|$|,|:)`, 'g');
  rest = rest.replace(range, (whole, from: string, to: string) => {
    const a = DAY_WORDS[from];
    const b = DAY_WORDS[to];
    if (a === undefined || b === undefined) return whole;
    const start = WEEKDAYS.indexOf(a);
    const end = WEEKDAYS.indexOf(b);
    for (let d = start; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === end) break;
    }
    return ' ';
  });
  rest = rest.replace(/\b([a-z]+?)s?\b\.?/g, (whole, word: string) => {
    const day = DAY_WORDS[word] ?? DAY_WORDS[`${word}s`.slice(0, -1)];
    if (day === undefined || (word.length <= 2 && !/^(mo|tu|we|th|fr|sa|su)$/.test(word))) return whole;
    days.add(WEEKDAYS.indexOf(day));
    return ' ';
  });
  return { days: [...days].sort((x, y) => x - y), rest };
}

/** One clause ("du lundi au vendredi 9h-12h et 14h-18h") → one rule, or undefined when something in it is not understood. */
function ruleOf(clause: string): Rule | undefined {
  const ranges: string[] = [];
  let rest = clause.replace(TIME_RANGE, (_, from: string, to: string) => {
    const a = readTime(from);
    const b = readTime(to);
    if (!a || !b) return _;
    ranges.push(`${a}-${b}`);
    return ' ';
  });
  const closed = CLOSED.test(rest);
  rest = rest.replace(CLOSED, ' ');
  const holidays = HOLIDAYS.test(rest);
  rest = rest.replace(HOLIDAYS, ' ');
  const named = daysOf(rest);
  // the little words that join the rest: "le", "et", "de", "the", "and", "on"…
  const leftover = named.rest.replace(/\b(le|les|la|l|et|de|du|des|and|on|the|in|from|sauf|open|ouvert|ouverte|uniquement|only|h)\b|[,:;&+/]/g, ' ').trim();
  if (leftover !== '') return undefined;
  if (named.days.length === 0 && !holidays && ranges.length > 0) named.days.push(0, 1, 2, 3, 4, 5, 6);
  if (named.days.length === 0 && !holidays) return undefined;
  if (!closed && ranges.length === 0) return undefined;
  return { days: named.days, ranges, closed, holidays };
}

const ruleText = (rule: Rule) => {
  const selector = [rule.days.length > 0 ? daysText(rule.days) : '', rule.holidays ? 'PH' : ''].filter(Boolean).join(',');
  return `${selector} ${rule.closed ? 'off' : rule.ranges.join(',')}`;
};

/** The clauses of a text: rules apart, with a list of days that a comma cut off joined back to its times. */
function clausesOf(words: string): string[] {
  const parts = words
    .split(/[;\n]|\.(?!\d)|,/)
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== 'et' && part !== 'and');
  const clauses: string[] = [];
  let pending = '';
  for (const part of parts) {
    const clause = pending ? `${pending}, ${part}` : part;
    pending = ruleOf(clause) === undefined && !TIME_RANGE_TEST.test(clause) && !CLOSED.test(clause) ? clause : '';
    if (!pending) clauses.push(clause);
  }
  if (pending) clauses.push(pending);
  return clauses;
}

const TIME_RANGE_TEST = new RegExp(TIME_RANGE.source);

/** Words read by our own grammar of French and English opening hours. */
function fromWords(words: string): string | undefined {
  const clauses = clausesOf(words);
  if (clauses.length === 0) return undefined;
  const rules = clauses.map(ruleOf);
  if (rules.some((rule) => rule === undefined)) return undefined;
  // "fermé le dimanche" alone says when it is closed, never when open: as machine hours ("Su off") it would read closed all week
  if ((rules as Rule[]).every((rule) => rule.closed)) return undefined;
  const openingHours = (rules as Rule[]).map(ruleText).join('; ');
  return openingHoursProblem(openingHours) === undefined ? openingHours : undefined;
}

/**
 * Reads typed opening hours: the syntax itself is kept as typed; words are read by our grammar,
 * else by the parser's own tolerance when its rewriting is then strict syntax; the rest is a note.
 */
export function readHoursInWords(typed: string): ReadHours {
  const text = typed.trim();
  if (text === '') return {};
  const syntax = readOpeningHoursSyntax(text);
  if (syntax?.strict) return { openingHours: text };
  const words = normalise(text);
  const appointment = APPOINTMENT.test(words);
  const withoutAppointment = words.replace(APPOINTMENT, ' ').trim();
  const tolerated = syntax && !appointment && readOpeningHoursSyntax(syntax.canonical)?.strict ? syntax.canonical : undefined;
  const openingHours = fromWords(withoutAppointment) ?? tolerated;
  if (!openingHours) return { note: text };
  return appointment ? { openingHours, note: text } : { openingHours };
}
