import { describe, expect, it } from 'vitest';
import { placeRows, type RowToPlace, type SaidOnCell } from './import-places.js';

const columnOf = (field: string) => ({ address: 'Adresse', latitude: 'Latitude', longitude: 'Longitude' })[field] ?? null;
const row = (n: number, values: RowToPlace['values'], existing?: RowToPlace['existing']): RowToPlace => ({ row: n, values, existing, reported: new Set() });
const address = { address: '1 rue du Bourg', postcode: '79200', commune: 'Parthenay' };

describe('rows without coordinates', () => {
  it('without a geocoder, need their position placed by hand; an unchanged record keeps its own; one coordinate alone is a problem', async () => {
    const said = { problems: [] as SaidOnCell[], warnings: [] as SaidOnCell[] };
    const rows = [row(2, { ...address }), row(3, { ...address }, address), row(4, { ...address, latitude: 46.6 })];
    await placeRows(rows, null, columnOf, said);
    expect(said.problems).toMatchObject([
      { row: 2, column: 'Adresse', code: 'position_needed' },
      { row: 4, column: 'Longitude', code: 'coordinate_missing' },
    ]);
    expect(said.problems[0].message).toContain('placed by hand');
    expect([...rows[0].reported]).toEqual(['latitude', 'longitude']);
  });

  it('with a geocoder that fails, say so rather than place nothing silently', async () => {
    const said = { problems: [] as SaidOnCell[], warnings: [] as SaidOnCell[] };
    const failing = { locate: () => Promise.reject(new Error('timeout')) };
    await placeRows([row(2, { ...address }), row(3, { ...address, address: '2 rue du Bourg' }, address)], failing, columnOf, said);
    expect(said.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'geocoder_failed'],
      [3, 'geocoder_failed'],
    ]);
  });
});
