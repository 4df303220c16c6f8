import type { Language } from '#common';

interface HoursWords {
  days: Record<string, string>;
  closed: string;
  always: string;
  /** Between the days and "closed": French puts a space before the colon. */
  colon: string;
}

const WORDS: Record<Language, HoursWords> = {
  fr: {
    days: { Mo: 'lun.', Tu: 'mar.', We: 'mer.', Th: 'jeu.', Fr: 'ven.', Sa: 'sam.', Su: 'dim.', PH: 'jours fériés' },
    closed: 'fermé',
    always: 'tous les jours, 24 h/24',
    colon: ' : ',
  },
  en: {
    days: { Mo: 'Mon', Tu: 'Tue', We: 'Wed', Th: 'Thu', Fr: 'Fri', Sa: 'Sat', Su: 'Sun', PH: 'public holidays' },
    closed: 'closed',
    always: 'every day, 24/7',
    colon: ': ',
  },
  nl: {
    days: { Mo: 'ma', Tu: 'di', We: 'wo', Th: 'do', Fr: 'vr', Sa: 'za', Su: 'zo', PH: 'feestdagen' },
    closed: 'gesloten',
    always: 'elke dag, 24/7',
    colon: ': ',
  },
  de: {
    days: { Mo: 'Mo.', Tu: 'Di.', We: 'Mi.', Th: 'Do.', Fr: 'Fr.', Sa: 'Sa.', Su: 'So.', PH: 'Feiertage' },
    closed: 'geschlossen',
    always: 'täglich, 24/7',
    colon: ': ',
  },
};

function ruleInWords(rule: string, words: HoursWords): string {
  if (rule === '24/7') return words.always;
  const closed = /^(.*?)\s+(off|closed)$/.exec(rule);
  const said = (closed ? closed[1] : rule)
    .replace(/\b(Mo|Tu|We|Th|Fr|Sa|Su|PH)\b/g, (day) => words.days[day])
    .replace(/(\S)-(\S)/g, '$1–$2')
    .replace(/,(?=\S)/g, ', ');
  return closed ? `${said}${words.colon}${words.closed}` : said;
}

/**
 * OpenStreetMap hours as a reader of the page's language says them: "Mo-Sa 17:30-19:00; PH off" →
 * "lun.–sam. 17:30–19:00 · jours fériés : fermé". What the words do not cover (months, weeks) is
 * left in the syntax, which is still readable.
 */
export function openingHoursInWords(value: string, lang: Language): string {
  return value
    .split(';')
    .map((rule) => rule.trim())
    .filter(Boolean)
    .map((rule) => ruleInWords(rule, WORDS[lang]))
    .join(' · ');
}
