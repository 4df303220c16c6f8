/** What a problem is about: a record of the territory as the coordinator knows it. */
export interface ProblemRecord {
  kind: 'producer' | 'offer' | 'accommodation';
  id: string;
  name: string;
}

export const PRINT_PROBLEM_CODES = [
  'outside_area',
  'far_from_commune',
  'no_hours',
  'unreadable_hours',
  'no_contact',
  'offer_no_conditions',
  'offer_expired',
  'offer_past_season',
  'duplicate_name',
  'description_too_long',
  'unprintable_characters',
  'accommodation_no_host',
  'producer_no_offer',
  'producer_not_paid_up',
  'offer_not_confirmed',
] as const;
export type PrintProblemCode = (typeof PRINT_PROBLEM_CODES)[number];

/**
 * One thing to fix before printing. `error`: the brochure would print it wrong (a point far off
 * on the map, a cut text, an empty box for a character, an offer out of date); `warning`: it
 * prints, but a visitor misses something (hours, a way to call, conditions).
 */
export interface PrintProblem {
  record: ProblemRecord;
  /** The record's field to change ("latitude", "description.en", "conditions"…). */
  field: string;
  code: PrintProblemCode;
  params: Record<string, string | number>;
  severity: 'error' | 'warning';
  /** The member page where it is fixed (under /app). */
  fixPath: string;
}

/** The problems of a territory's data before printing, and the season printed for, if one is open. */
export interface PrintCheck {
  territoryId: string;
  /** The day the check was made, in the territory's time zone. */
  checkedOn: string;
  season: { id: string; name: string; endsOn: string } | null;
  problems: PrintProblem[];
}
