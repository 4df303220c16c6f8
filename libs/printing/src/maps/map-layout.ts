export interface MapPoint {
  label: string;
  /** Printed beside its marker where there is room (a producer's name). */
  name?: string;
  latitude: number;
  longitude: number;
  commune: string;
}

export interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where points fall in a box, for the brochure's PDF map and the site's SVG map alike. */
export interface MapLayout {
  /** Box coordinates of a point (y grows downwards). */
  project: (point: Pick<MapPoint, 'latitude' | 'longitude'>) => { x: number; y: number };
  /** Each commune once, where its first point falls. */
  communes: Map<string, { x: number; y: number }>;
  /** A scale bar of a round number of km about a quarter of the box's width. */
  scale: { km: number; length: number };
}

const KM_PER_DEGREE = 111.32;

/**
 * Fits the points into the box, north up, keeping distances true in both directions (longitudes
 * shrunk by the cosine of the middle latitude), with `pad` around and `top` kept free (for the
 * north arrow). Undefined for no point.
 */
export function layOutMap(box: MapBox, points: MapPoint[], margins: { pad: number; top: number }): MapLayout | undefined {
  if (points.length === 0) return undefined;
  const { pad, top } = margins;
  const midLatitude = points.reduce((sum, p) => sum + p.latitude, 0) / points.length;
  const cos = Math.cos((midLatitude * Math.PI) / 180);
  const xs = points.map((p) => p.longitude * cos);
  const ys = points.map((p) => p.latitude);
  const spanX = Math.max(...xs) - Math.min(...xs) || 0.01;
  const spanY = Math.max(...ys) - Math.min(...ys) || 0.01;
  const scale = Math.min((box.width - 2 * pad) / spanX, (box.height - 2 * pad - top) / spanY);
  const offsetX = box.x + (box.width - spanX * scale) / 2;
  const offsetY = box.y + top + (box.height - top - spanY * scale) / 2;
  const [minX, maxY] = [Math.min(...xs), Math.max(...ys)];
  const project = (p: Pick<MapPoint, 'latitude' | 'longitude'>) => ({
    x: offsetX + (p.longitude * cos - minX) * scale,
    y: offsetY + (maxY - p.latitude) * scale,
  });

  const communes = new Map<string, { x: number; y: number }>();
  for (const point of points) if (!communes.has(point.commune)) communes.set(point.commune, project(point));

  const kmPerUnit = KM_PER_DEGREE / scale;
  const target = (box.width / 4) * kmPerUnit;
  const km = [0.5, 1, 2, 5, 10, 20, 50, 100].reduce((best, step) => (Math.abs(step - target) < Math.abs(best - target) ? step : best));
  return { project, communes, scale: { km, length: km / kmPerUnit } };
}
