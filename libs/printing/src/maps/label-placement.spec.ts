import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest, type MarkerRequest } from './label-placement.js';
import type { MapBox } from './map-layout.js';

const FRAME: MapBox = { x: 40, y: 80, width: 340, height: 340 };
const intersect = (a: MapBox, b: MapBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const within = (box: MapBox) =>
  box.x >= FRAME.x && box.y >= FRAME.y && box.x + box.width <= FRAME.x + FRAME.width && box.y + box.height <= FRAME.y + FRAME.height;

/** A seeded pseudo-random sequence: the same cluster on every run. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('placing a map’s markers and labels', () => {
  it('a dense cluster: 24 points within a few millimetres, and the accommodation among them — no two boxes intersect, all inside the frame', () => {
    const next = random(7);
    // in a corner, where half of the rings around the cluster fall outside the frame
    const markers: MarkerRequest[] = [
      { id: 'home', at: { x: 70, y: 110 }, width: 10, height: 10 },
      ...Array.from({ length: 24 }, (_, i) => ({ id: `p${i + 1}`, at: { x: 62 + next() * 20, y: 95 + next() * 20 }, width: 15, height: 15 })),
    ];
    const labels: LabelRequest[] = [
      { id: 'home-label', marker: 'home', width: 92, height: 9.5, required: true },
      ...markers.slice(1).map((m) => ({ id: `${m.id}-name`, marker: m.id, width: 60 + next() * 40, height: 9.5 })),
      { id: 'commune', at: { x: 75, y: 105 }, width: 70, height: 9.5 },
    ];
    const scaleBar: MapBox = { x: 50, y: 395, width: 60, height: 15 };
    const placed = placeLabels(FRAME, [scaleBar], markers, labels);

    const boxes = [...[...placed.markers].map(([id, m]) => [id, m.box] as const), ...placed.labels, ['scale', scaleBar] as const];
    expect(placed.markers.size).toBe(25);
    expect(placed.labels.has('home-label')).toBe(true);
    const overlaps = boxes.flatMap(([a, boxA], i) =>
      boxes
        .slice(i + 1)
        .filter(([, boxB]) => intersect(boxA, boxB))
        .map(([b]) => `${a} × ${b}`),
    );
    expect(overlaps).toEqual([]);
    expect(boxes.filter(([, box]) => !within(box)).map(([id]) => id)).toEqual([]);
    // most of the crowd had to move off its point; some labels were left out, to their numbers alone
    expect([...placed.markers.values()].filter((m) => m.moved).length).toBeGreaterThan(12);
    expect(placed.labels.size).toBeLessThan(labels.length);
  });

  it('keeps a lone marker on its point and puts its label on its right, or on its left near the frame’s right edge', () => {
    const markers = [
      { id: 'a', at: { x: 100, y: 200 }, width: 15, height: 15 },
      { id: 'b', at: { x: 370, y: 300 }, width: 15, height: 15 },
    ];
    const placed = placeLabels(FRAME, [], markers, [
      { id: 'a-name', marker: 'a', width: 80, height: 9.5 },
      { id: 'b-name', marker: 'b', width: 80, height: 9.5 },
    ]);
    expect(placed.markers.get('a')).toEqual({ box: { x: 92.5, y: 192.5, width: 15, height: 15 }, moved: false });
    expect(placed.labels.get('a-name')!.x).toBeGreaterThan(107.5);
    expect(placed.labels.get('b-name')!.x + 80).toBeLessThan(362.5);
  });

  it('places a required label far from its marker when nothing around it is free, whole', () => {
    const wall = { x: 40, y: 80, width: 340, height: 150 };
    const below = { x: 40, y: 247, width: 340, height: 30 };
    const placed = placeLabels(
      FRAME,
      [wall, below],
      [{ id: 'home', at: { x: 200, y: 240 }, width: 10, height: 10 }],
      [{ id: 'home-label', marker: 'home', width: 300, height: 9.5, required: true }],
    );
    const label = placed.labels.get('home-label')!;
    expect(label.width).toBe(300);
    expect(within(label) && !intersect(label, wall) && !intersect(label, below)).toBe(true);
    expect(label.y).toBeGreaterThan(277);
  });
});
