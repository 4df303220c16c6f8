import type { Position } from './base-layers.js';

const KM_PER_DEGREE = 111.32;

/**
 * The printed map's resolution: half a millimetre on an A4 map (about 180 mm wide) showing half
 * the layers' extent — a brochure's map fits its points, which usually cover less than the whole
 * territory. Finer detail is ink no one sees, and bytes in every brochure.
 */
const TOLERANCE_MM = 0.5;
const A4_MAP_MM = 180;
const ZOOM = 2;

/** The tolerance in km for layers spanning `extentKm` (the larger of their width and height). */
export function printTolerance(extentKm: number): number {
  return (extentKm * TOLERANCE_MM) / (A4_MAP_MM * ZOOM);
}

/** Kilometres east and north of the origin, on a plane fit for a territory (longitudes shrunk by the cosine of its latitude). */
export function planeAt(midLatitude: number): (p: Position) => [number, number] {
  const cos = Math.cos((midLatitude * Math.PI) / 180);
  return ([lon, lat]) => [lon * cos * KM_PER_DEGREE, lat * KM_PER_DEGREE];
}

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  const [x, y] = [a[0] + t * dx - p[0], a[1] + t * dy - p[1]];
  return x * x + y * y;
}

/**
 * Douglas–Peucker: the points of `line` that keep it within `tolerance` km of itself, ends kept.
 * With a stack rather than recursion: a river of 100,000 points does not overflow it.
 */
export function simplifyLine(line: Position[], tolerance: number, plane: (p: Position) => [number, number]): Position[] {
  if (line.length <= 2) return line;
  const projected = line.map(plane);
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  const limit = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = limit;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(projected[i], projected[first], projected[last]);
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/**
 * A closed ring simplified: split at its point farthest from its start (a ring's first and last
 * points are the same, which Douglas–Peucker alone would collapse), each half simplified.
 * Undefined when what is left is no longer a ring (under 4 positions): a speck at print scale.
 */
export function simplifyRing(ring: Position[], tolerance: number, plane: (p: Position) => [number, number]): Position[] | undefined {
  const start = plane(ring[0]);
  let split = 0;
  let farthest = -1;
  ring.forEach((p, i) => {
    const [x, y] = plane(p);
    const d = (x - start[0]) ** 2 + (y - start[1]) ** 2;
    if (d > farthest) [split, farthest] = [i, d];
  });
  if (farthest < tolerance * tolerance) return undefined;
  const kept = [...simplifyLine(ring.slice(0, split + 1), tolerance, plane), ...simplifyLine(ring.slice(split), tolerance, plane).slice(1)];
  return kept.length >= 4 ? kept : undefined;
}

/** About a metre: more digits are bytes, not precision anyone prints. */
export const rounded = ([lon, lat]: Position): Position => [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
