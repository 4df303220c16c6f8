import { dateFormat, numberFormat } from '#common';
import type { FiguresPeriod } from './figures.js';

export type ReportLanguage = 'fr' | 'en';

/**
 * How the figures are written for people in one language, the same in the report, its tables and
 * the member pages: "1 472" / "1,472", "19 966,50 €" / "€19,966.50", "1er juin 2026" / "1 June 2026".
 * (CSV files keep plain numbers: a spreadsheet must be able to sum them.)
 */
export interface FiguresFormat {
  lang: ReportLanguage;
  count: (n: number) => string;
  /** Cents as euros, always two decimals, so a column lines up: "19 966,50 €". */
  money: (cents: number) => string;
  /** The same without the sign, under a header that says "(€)": "19 966,50". */
  euros: (cents: number) => string;
  /** A ratio with one decimal ("3,4"); "–" where it cannot be computed. */
  rate: (value: number | null) => string;
  /** A step's rate in per cent ("20,7 %", "20.7%"); "–" where its base was 0. */
  percent: (value: number | null) => string;
  /** The change from `before` to `now` in per cent ("+12 %"), or "–" without a before. */
  change: (now: number, before: number) => string;
  /** A calendar day (YYYY-MM-DD): "1er juin 2026", "1 June 2026". */
  day: (date: string) => string;
  /** A month (YYYY-MM) in a table: "juin 2026", "June 2026". */
  month: (month: string) => string;
  /** A month as a chart labels it: "juin", "Jun"; with its year where months of two years meet. */
  monthShort: (month: string, withYear?: boolean) => string;
  period: (period: FiguresPeriod) => string;
}

const utc = (date: string) => new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);
const DASH = '–';

export function figuresFormat(lang: ReportLanguage): FiguresFormat {
  const counts = numberFormat(lang, { maximumFractionDigits: 0 });
  const currency = numberFormat(lang, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const decimals = numberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const rates = numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percents = numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const changes = numberFormat(lang, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0 });
  const days = dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const months = dateFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortMonths = dateFormat(lang, { month: 'short', timeZone: 'UTC' });
  const monthsAndYears = dateFormat(lang, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  // French writes the first of the month as an ordinal: "le 1er juin"
  const day = (date: string) => days.format(utc(date)).replace(/^1 /, lang === 'fr' ? '1er ' : '1 ');
  return {
    lang,
    count: (n) => counts.format(n),
    money: (cents) => currency.format(cents / 100),
    euros: (cents) => decimals.format(cents / 100),
    rate: (value) => (value === null || !Number.isFinite(value) ? DASH : rates.format(value)),
    percent: (value) => (value === null || !Number.isFinite(value) ? DASH : percents.format(value)),
    change: (now, before) => (before > 0 ? changes.format((now - before) / before) : DASH),
    day,
    month: (month) => months.format(utc(month)),
    monthShort: (month, withYear = false) => (withYear ? monthsAndYears : shortMonths).format(utc(month)),
    period: ({ from, to }) => `${day(from)} – ${day(to)}`,
  };
}
