import { refusal, type SaidRefusal } from '#common';
import type { AddressToPlace, FoundPosition, Geocoder } from '../places/geocoder.js';
import { readPlace } from '../places/official-place.js';
import { PLACE_PROBLEMS } from '../places/place-problems.js';
import type { RowValues } from './columns.js';
import { SPREADSHEET_PROBLEMS } from './import-problems.js';

/** Something said of a row's cell: a problem or a change, on the column as the file names it (null: the row). */
export interface SaidOnCell extends SaidRefusal {
  row: number;
  column: string | null;
}

/** The column a field is read from in this file, or null when the file has none. */
export type ColumnOf = (field: string) => string | null;

/**
 * A row's postcode and commune as the official list writes them, with the commune's INSEE code;
 * the change said when the commune was spelt otherwise. When they do not belong together, the
 * problem is on the cell to correct. Answers the fields with a problem.
 */
export function officialRowPlace(row: number, values: RowValues, columnOf: ColumnOf, said: { problems: SaidOnCell[]; warnings: SaidOnCell[] }): string[] {
  const { postcode, commune } = values;
  // a postcode that is no postcode at all is the create rules' to refuse, in their words
  if (typeof postcode !== 'string' || typeof commune !== 'string' || !/^\d{5}$/.test(postcode)) return [];
  const read = readPlace(postcode, commune);
  if ('problem' in read) {
    said.problems.push({ row, column: columnOf(read.field), ...read.problem });
    return [read.field];
  }
  Object.assign(values, read.place);
  for (const change of read.changes) said.warnings.push({ row, column: columnOf(change.field), ...change.said });
  return [];
}

/** What the import needs of a row to place it. */
export interface RowToPlace {
  row: number;
  values: RowValues;
  existing?: { address: string; postcode: string; commune: string };
  /** The fields already reported: the create rules' word on them would repeat it. */
  reported: Set<string>;
}

/** Addresses asked of the geocoder at once: its service limits each caller (the BAN: 50 requests a second). */
const CONCURRENT_LOOKUPS = 4;
/** Below this, what the geocoder found may be another place. */
export const MIN_GEOCODE_SCORE = 0.5;

/**
 * Rows with an address but no latitude and longitude are placed by the geocoder, each position
 * shown with its score for a person to check; an uncertain or missing answer is a problem. An
 * existing record whose address does not change keeps its position. Without a geocoder, every
 * such row needs its position placed by hand.
 */
export async function placeRows(rows: RowToPlace[], geocoder: Geocoder | null, columnOf: ColumnOf, said: { problems: SaidOnCell[]; warnings: SaidOnCell[] }) {
  const wrongRows = new Set(said.problems.map((p) => p.row));
  const toLocate: { row: RowToPlace; address: AddressToPlace }[] = [];
  for (const row of rows) {
    const { latitude, longitude, address, postcode, commune, inseeCode } = row.values;
    const has = (value: unknown) => value !== undefined && value !== null;
    // a coordinate typed wrong is said on its cell already
    if ((has(latitude) && has(longitude)) || row.reported.has('latitude') || row.reported.has('longitude')) continue;
    const problem = (said_: SaidRefusal, column: string | null = columnOf('address')) => {
      said.problems.push({ row: row.row, column, ...said_ });
      row.reported.add('latitude').add('longitude');
    };
    if (has(latitude) !== has(longitude)) {
      const missing = has(latitude) ? 'longitude' : 'latitude';
      problem(refusal(SPREADSHEET_PROBLEMS, 'coordinate_missing', { column: columnOf(missing) ?? missing }), columnOf(missing));
      continue;
    }
    const existing = row.existing;
    if (
      existing &&
      [address, postcode, commune].every((value, i) => value === undefined || value === [existing.address, existing.postcode, existing.commune][i])
    )
      continue;
    if (!geocoder) {
      problem(refusal(PLACE_PROBLEMS, 'position_needed'));
      continue;
    }
    if (typeof address !== 'string' || typeof postcode !== 'string' || typeof commune !== 'string' || wrongRows.has(row.row)) {
      // a row already wrong (its address, say) is not looked up: its problems come first
      row.reported.add('latitude').add('longitude');
      continue;
    }
    toLocate.push({ row, address: { address, postcode, commune, ...(typeof inseeCode === 'string' ? { inseeCode } : {}) } });
  }
  if (!geocoder || toLocate.length === 0) return;
  const found = await inBatches(toLocate, CONCURRENT_LOOKUPS, ({ address }) =>
    geocoder.locate(address).then(
      (position) => ({ position }),
      (error: unknown) => ({ error }),
    ),
  );
  for (const [i, { row }] of toLocate.entries()) {
    const answer = found[i];
    const column = columnOf('address');
    if ('error' in answer) {
      said.problems.push({ row: row.row, column, ...refusal(PLACE_PROBLEMS, 'geocoder_failed') });
    } else if (!answer.position) {
      said.problems.push({ row: row.row, column, ...refusal(PLACE_PROBLEMS, 'geocode_not_found') });
    } else if (answer.position.score < MIN_GEOCODE_SCORE) {
      said.problems.push({
        row: row.row,
        column,
        ...refusal(PLACE_PROBLEMS, 'geocode_uncertain', { label: answer.position.label, score: answer.position.score.toFixed(2) }),
      });
    } else {
      const { latitude, longitude } = answer.position;
      Object.assign(row.values, { latitude, longitude });
      said.warnings.push({ row: row.row, column, ...refusal(PLACE_PROBLEMS, 'geocoded', describe(answer.position)) });
      continue;
    }
    row.reported.add('latitude').add('longitude');
  }
}

const describe = (position: FoundPosition) => ({
  label: position.label,
  score: position.score.toFixed(2),
  position: `${position.latitude.toFixed(5)}, ${position.longitude.toFixed(5)}`,
});

/** `work` on every item, at most `limit` at a time, the answers in the items' order. */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
