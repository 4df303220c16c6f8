import { describe, expect, it } from 'vitest';
import { haversineKm, seededRandom, type LatLng } from '#common';
import { CELLS_PER_DEGREE, cellOf, circleCells, type CellRuns } from './near-cells.js';

describe('the cells of a circle', () => {
  it('sums only cells whose every point is within the radius, and checks every other cell a point within it falls in', () => {
    const random = seededRandom(19);
    for (let search = 0; search < 60; search++) {
      const centre = { latitude: 42 + random() * 9, longitude: -4 + random() * 12 };
      const radiusKm = [0.1, 1, 7.5, 30, 120][search % 5];
      const cells = circleCells(centre, radiusKm);
      if (!cells) throw new Error('France is neither a pole nor the antimeridian');
      const within = (runs: CellRuns) => (cell: number) => runs.first.some((first, i) => first <= cell && cell <= runs.last[i]);
      const inside = within(cells.inside);
      const onRim = within(cells.rim);
      const spread = (radiusKm * 1.3) / 70;
      for (let i = 0; i < 2000; i++) {
        // half at random around the circle, half on the lines between cells
        let point: LatLng = { latitude: centre.latitude + (random() * 2 - 1) * spread, longitude: centre.longitude + (random() * 2 - 1) * spread * 1.5 };
        if (i % 2 === 0)
          point = {
            latitude: Math.round(point.latitude * CELLS_PER_DEGREE) / CELLS_PER_DEGREE,
            longitude: Math.round(point.longitude * CELLS_PER_DEGREE) / CELLS_PER_DEGREE,
          };
        const cell = cellOf(point);
        const distanceKm = haversineKm(centre, point);
        if (inside(cell)) expect(distanceKm).toBeLessThanOrEqual(radiusKm);
        else if (distanceKm <= radiusKm) expect(onRim(cell), `${JSON.stringify(point)} ${distanceKm} km from ${JSON.stringify(centre)}`).toBe(true);
        expect(inside(cell) && onRim(cell)).toBe(false);
      }
    }
  });

  it('near a pole or across the antimeridian leaves the count to the producers themselves, without failing', () => {
    expect(circleCells({ latitude: 89.9, longitude: 10 }, 30)).toBeUndefined();
    expect(circleCells({ latitude: -90, longitude: 0 }, 0.1)).toBeUndefined();
    expect(circleCells({ latitude: 0, longitude: 179.9 }, 30)).toBeUndefined();
    expect(circleCells({ latitude: 0, longitude: -180 }, 30)).toBeUndefined();
    expect(circleCells({ latitude: 0, longitude: 0 }, 1000)).toBeDefined();
  });
});
