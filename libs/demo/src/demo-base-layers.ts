import { DEMO_ACCOMMODATIONS, DEMO_PRODUCERS } from './demo-data.js';

/**
 * SCHEMATIC base layers for the demo territory, generated here (no file, no network): each
 * commune's outline is the part of a rounded blob around its places that is nearer to them than
 * to any other commune's (a Voronoi cell), and the Thouet and three roads follow the real ones
 * through the communes they cross, roughly. They show what a map with geography looks like; a
 * real territory uploads real outlines (docs/base-layers.md).
 */
type Xy = [number, number];

const KM_PER_DEGREE = 111.32;
const LATITUDE = 46.62;
const COS = Math.cos((LATITUDE * Math.PI) / 180);
const toXy = ([lon, lat]: Xy): Xy => [lon * COS * KM_PER_DEGREE, lat * KM_PER_DEGREE];
const toLonLat = ([x, y]: Xy): Xy => [Math.round((x / COS / KM_PER_DEGREE) * 1e5) / 1e5, Math.round((y / KM_PER_DEGREE) * 1e5) / 1e5];

/** Each commune of the demo's places, at the middle of its places (km). */
function communeCentres(): { name: string; at: Xy }[] {
  const places = new Map<string, Xy[]>();
  for (const place of [...DEMO_PRODUCERS, ...DEMO_ACCOMMODATIONS])
    places.set(place.commune, [...(places.get(place.commune) ?? []), toXy([place.longitude, place.latitude])]);
  return [...places].map(([name, at]) => ({ name, at: [at.reduce((s, p) => s + p[0], 0) / at.length, at.reduce((s, p) => s + p[1], 0) / at.length] }));
}

/** The part of `polygon` on `centre`'s side of the line halfway between it and `other` (Sutherland–Hodgman). */
function nearerTo(polygon: Xy[], centre: Xy, other: Xy): Xy[] {
  const [nx, ny] = [other[0] - centre[0], other[1] - centre[1]];
  const limit = (nx * (centre[0] + other[0])) / 2 + (ny * (centre[1] + other[1])) / 2;
  const side = ([x, y]: Xy) => limit - (nx * x + ny * y);
  const kept: Xy[] = [];
  polygon.forEach((point, i) => {
    const next = polygon[(i + 1) % polygon.length];
    const [a, b] = [side(point), side(next)];
    if (a >= 0) kept.push(point);
    if (a >= 0 !== b >= 0) {
      const t = a / (a - b);
      kept.push([point[0] + t * (next[0] - point[0]), point[1] + t * (next[1] - point[1])]);
    }
  });
  return kept;
}

/** A commune's outline: a blob of about 7.5 km around its centre, cut by its neighbours. */
function outline(centre: Xy, others: Xy[], seed: number): Xy[] {
  let polygon: Xy[] = Array.from({ length: 48 }, (_, i) => {
    const angle = (2 * Math.PI * i) / 48;
    const radius = 7.5 * (1 + 0.12 * Math.sin(3 * angle + seed) + 0.06 * Math.sin(7 * angle + 2 * seed));
    return [centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle)];
  });
  for (const other of others) polygon = nearerTo(polygon, centre, other);
  return polygon;
}

/** A line through `stops`, meandering a little between them (a river), or straight (a road). */
function course(stops: Xy[], meander: number): Xy[] {
  const points = stops.map(toXy);
  return points.slice(1).flatMap((to, i) => {
    const from = points[i];
    const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
    const steps = meander > 0 ? 12 : 1;
    return Array.from({ length: steps + (i === points.length - 2 ? 1 : 0) }, (_, k): Xy => {
      const t = k / steps;
      const bend = meander * Math.sin(t * Math.PI * 3) * Math.sin(t * Math.PI);
      return [from[0] + t * dx - bend * dy * 0.1, from[1] + t * dy + bend * dx * 0.1];
    });
  });
}

const feature = (properties: object, type: string, coordinates: unknown) => ({ type: 'Feature', properties, geometry: { type, coordinates } });

/** The demo territory's base layers, as a coordinator would upload them. */
export function demoBaseLayers(): object {
  const centres = communeCentres();
  const communes = centres.map(({ name, at }, i) => {
    const ring = outline(
      at,
      centres.filter((other) => other.name !== name).map((other) => other.at),
      i,
    ).map(toLonLat);
    return feature({ layer: 'commune', name }, 'Polygon', [[...ring, ring[0]]]);
  });
  const line = (stops: Xy[], meander: number) => course(stops, meander).map(toLonLat);
  const thouet: Xy[] = [
    [-0.5, 46.585],
    [-0.414, 46.61],
    [-0.355, 46.628],
    [-0.295, 46.632],
    [-0.247, 46.648],
    [-0.237, 46.667],
    [-0.17, 46.72],
    [-0.16, 46.785],
    [-0.12, 46.95],
  ];
  // on past the map's edge, where the frame cuts them, as real ones are
  const roads: [object, Xy[]][] = [
    [
      { highway: 'primary', ref: 'N149' },
      [
        [-0.62, 46.95],
        [-0.49, 46.84],
        [-0.247, 46.648],
        [0.1, 46.57],
      ],
    ],
    [
      { highway: 'secondary', ref: 'D743' },
      [
        [-0.247, 46.648],
        [-0.317, 46.526],
        [-0.36, 46.3],
      ],
    ],
    [
      { highway: 'secondary', ref: 'D949bis' },
      [
        [-0.247, 46.648],
        [-0.414, 46.61],
        [-0.57, 46.64],
        [-0.75, 46.66],
      ],
    ],
  ];
  return {
    type: 'FeatureCollection',
    features: [
      ...communes,
      feature({ layer: 'river', name: 'Le Thouet' }, 'LineString', line(thouet, 4)),
      ...roads.map(([properties, stops]) => feature(properties, 'LineString', line(stops, 0))),
    ],
  };
}
