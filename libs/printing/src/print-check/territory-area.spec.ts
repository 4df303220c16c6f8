import { describe, expect, it } from 'vitest';
import { haversineKm } from '#common';
import { distancesToCommunes, insideArea, territoryArea } from './territory-area.js';

const parthenay = { latitude: 46.6486, longitude: -0.2472 };
const secondigny = { latitude: 46.6097, longitude: -0.4147 };
const mazieres = { latitude: 46.5469, longitude: -0.3114 };
const airvault = { latitude: 46.8258, longitude: -0.1386 };

describe('a territory’s area, made of its own places', () => {
  it('holds its places, edges included, and leaves out a point typed 60 km away, which does not move it', () => {
    const places = [parthenay, secondigny, mazieres, airvault, { latitude: 46.0989, longitude: -0.2472 }];
    const area = territoryArea(places) as NonNullable<ReturnType<typeof territoryArea>>;
    for (const place of places.slice(0, 4)) expect(insideArea(area, place)).toBe(true);
    expect(insideArea(area, places[4])).toBe(false);
    // the middle stays among the real places, not dragged 12 km south as a mean would be
    expect(haversineKm(area.centre, parthenay)).toBeLessThan(5);
  });

  it('is not told by fewer than four places', () => {
    expect(territoryArea([parthenay, secondigny, mazieres])).toBeUndefined();
  });
});

describe('how far each place is from its commune', () => {
  const place = (id: string, communeKey: string, at: { latitude: number; longitude: number }) => ({ id, communeKey, ...at });

  it('measures from the median of three or more places: only the misplaced one is far', () => {
    const distances = distancesToCommunes([
      place('a', '79202', parthenay),
      place('b', '79202', { latitude: 46.652, longitude: -0.25 }),
      place('c', '79202', secondigny),
    ]);
    expect(distances.get('a')).toBeLessThan(1);
    expect(distances.get('b')).toBeLessThan(1);
    expect(distances.get('c')).toBeGreaterThan(12);
  });

  it('says both places of a commune of two, and judges no commune’s only place', () => {
    const distances = distancesToCommunes([place('a', '79202', parthenay), place('b', '79202', secondigny), place('c', '79013', airvault)]);
    expect(distances.get('a')).toBeCloseTo(distances.get('b') as number);
    expect(distances.has('c')).toBe(false);
  });
});
