import { refusal, type SaidRefusal } from '#common';
import { normaliseName } from '../shared/name-key.js';
import { SPREADSHEET_PROBLEMS } from './import-problems.js';
import type { SheetKind } from './columns.js';

/** A row as the import matched it: a row without `existing` creates a record. */
interface MatchedRow {
  row: number;
  values: Record<string, unknown>;
  existing?: { id: string };
}

interface StoredPlace {
  id: string;
  name: string;
  postcode: string;
  externalRef: string | null;
  status: string;
}

export type SimilarPlace = { row: number } & SaidRefusal;

/** "Is'eau Énergie" and "Is'Eau Energie" at one postcode are one key: accents, case, spaces and punctuation gone. */
export function similarityKey(name: string, postcode: string): string {
  return `${normaliseName(name).replace(/_/g, '')}|${postcode.trim()}`;
}

/**
 * Rows that would create a record although one of the territory, or an earlier row of the file,
 * has the same name and postcode but another reference: most often the same place typed twice,
 * so a question for the person ("same place as …?") rather than a second record made without a word.
 */
export function similarPlaces(kind: SheetKind, rows: readonly MatchedRow[], stored: readonly StoredPlace[]): SimilarPlace[] {
  const known = new Map<string, StoredPlace>();
  for (const place of stored) if (place.status !== 'archived') known.set(similarityKey(place.name, place.postcode), place);
  const earlier = new Map<string, { row: number; name: string }>();
  const found: SimilarPlace[] = [];
  for (const { row, values, existing } of rows) {
    const { name, postcode } = values;
    if (typeof name !== 'string' || typeof postcode !== 'string' || name.trim() === '') continue;
    const key = similarityKey(name, postcode);
    const first = earlier.get(key);
    if (!first) earlier.set(key, { row, name });
    if (existing) continue;
    const place = known.get(key);
    const said = place
      ? refusal(SPREADSHEET_PROBLEMS, 'similar_place', { name: place.name, ...(place.externalRef ? { reference: place.externalRef } : {}), kind })
      : first
        ? refusal(SPREADSHEET_PROBLEMS, 'similar_place', { name: first.name, row: first.row, kind })
        : undefined;
    if (said) found.push({ row, ...said });
  }
  return found;
}
