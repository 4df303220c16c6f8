import type { MapBox } from './map-layout.js';

export interface Spot {
  x: number;
  y: number;
}

/** A marker drawn centred on its point, or moved off it (with a leader line) where its place is taken. */
export interface MarkerRequest {
  id: string;
  at: Spot;
  width: number;
  height: number;
}

/** A text beside a marker (`marker`: its id), or about a point of its own (a commune's name). */
export interface LabelRequest {
  id: string;
  marker?: string;
  at?: Spot;
  width: number;
  height: number;
  /** Never left out: tried farther from its marker when nothing around it is free (the accommodation's label). */
  required?: boolean;
}

export interface Placement {
  /** Every marker's box; `moved` when it is not centred on its point. */
  markers: Map<string, { box: MapBox; moved: boolean }>;
  /** The labels placed; one absent was left out for want of room. */
  labels: Map<string, MapBox>;
}

/** White kept between any two boxes, so that no two drawn things touch. */
const GAP = 1.5;
/** The size of a point's dot, which nothing but its own marker may cover. */
const DOT = 3;

const intersects = (a: MapBox, b: MapBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (box: MapBox, frame: MapBox) =>
  box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height;
const grown = (box: MapBox, by: number): MapBox => ({ x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by });
const centredOn = (at: Spot, width: number, height: number): MapBox => ({ x: at.x - width / 2, y: at.y - height / 2, width, height });

/**
 * Places markers and labels so that no two boxes intersect and all stay inside `frame`, greedily,
 * in the order given (the first are the most important):
 * - each marker on its point if free, else on the nearest free ring around it (its leader line
 *   drawn by the caller), on the side away from the other points;
 * - each label at the first free of eight places around its marker or point (right, left, the
 *   four diagonals, above, below); a required label then on rings farther away; any other label
 *   is left out — its marker's number says which entry it is.
 * `obstacles` (the scale bar, the north arrow) are kept clear too.
 */
export function placeLabels(frame: MapBox, obstacles: MapBox[], markers: MarkerRequest[], labels: LabelRequest[]): Placement {
  const taken: MapBox[] = obstacles.map((box) => grown(box, GAP));
  const dots = markers.map((m) => ({ id: m.id, box: centredOn(m.at, DOT, DOT), at: m.at }));
  const free = (box: MapBox, ownDot?: string) =>
    inside(box, frame) && !taken.some((other) => intersects(box, other)) && !dots.some((dot) => dot.id !== ownDot && intersects(box, dot.box));
  const take = (box: MapBox) => taken.push(grown(box, GAP));

  const placed: Placement = { markers: new Map(), labels: new Map() };
  for (const marker of markers) {
    const home = centredOn(marker.at, marker.width, marker.height);
    const box = free(home, marker.id) ? home : nearestFreeRing(marker, frame, (candidate) => free(candidate), dots);
    take(box);
    placed.markers.set(marker.id, { box, moved: box !== home });
  }

  for (const label of labels) {
    const around = label.marker ? placed.markers.get(label.marker)?.box : label.at && centredOn(label.at, 0, 0);
    if (!around) continue;
    const candidates = positionsAround(around, label.width, label.height, label.marker === undefined);
    let box = candidates.find((candidate) => free(candidate));
    if (!box && label.required)
      box = nearestFreeRing({ id: label.id, at: centreOf(around), width: label.width, height: label.height }, frame, (c) => free(c), dots);
    if (!box) continue;
    take(box);
    placed.labels.set(label.id, box);
  }
  return placed;
}

const centreOf = (box: MapBox): Spot => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** Right, left, the diagonals, above, below (a commune's name is first tried centred on its point). */
function positionsAround(box: MapBox, width: number, height: number, centredFirst: boolean): MapBox[] {
  const { x, y } = box;
  const [right, left] = [x + box.width + GAP, x - GAP - width];
  const middle = y + box.height / 2 - height / 2;
  const [above, below] = [y - GAP - height, y + box.height + GAP];
  const centre = x + box.width / 2 - width / 2;
  const around = [
    { x: right, y: middle },
    { x: left, y: middle },
    { x: right, y: above + height / 2 },
    { x: right, y: below - height / 2 },
    { x: left, y: above + height / 2 },
    { x: left, y: below - height / 2 },
    { x: centre, y: above },
    { x: centre, y: below },
  ];
  return [...(centredFirst ? [{ x: centre, y: middle }] : []), ...around].map((at) => ({ ...at, width, height }));
}

/**
 * The free box nearest to the marker's point, on rings of growing radius; on each ring, the place
 * farthest from the other points (out of a cluster rather than into it). The frame is searched
 * to its far corner: a marker always finds a place while the frame has any room.
 */
function nearestFreeRing(marker: MarkerRequest, frame: MapBox, free: (box: MapBox) => boolean, dots: { id: string; at: Spot }[]): MapBox {
  const step = Math.max(Math.min(marker.width, marker.height) / 2, 2);
  const reach = Math.hypot(frame.width, frame.height);
  const others = dots.filter((dot) => dot.id !== marker.id);
  for (let radius = step; radius <= reach; radius += step) {
    const count = Math.max(8, Math.ceil((2 * Math.PI * radius) / step));
    let best: MapBox | undefined;
    let bestRoom = -1;
    for (let i = 0; i < count; i++) {
      const angle = (2 * Math.PI * i) / count;
      const box = centredOn({ x: marker.at.x + radius * Math.cos(angle), y: marker.at.y + radius * Math.sin(angle) }, marker.width, marker.height);
      if (!free(box)) continue;
      const centre = centreOf(box);
      const room = Math.min(...others.map((dot) => Math.hypot(dot.at.x - centre.x, dot.at.y - centre.y)), Infinity);
      if (room > bestRoom) [best, bestRoom] = [box, room];
    }
    if (best) return best;
  }
  // a frame with no room left at all: on its point, as before (never seen with a brochure's few dozen markers)
  return centredOn(marker.at, marker.width, marker.height);
}
