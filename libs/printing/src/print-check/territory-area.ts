import { haversineKm, type LatLng } from '#common';

/**
 * A territory's area, from its own places (there is no drawn outline): per axis, the places'
 * latitudes and longitudes within Tukey's fences (first quartile − 1.5 × the interquartile range,
 * third quartile + 1.5 × it), widened by AREA_MARGIN_KM. A few places mistyped far away move
 * neither the quartiles nor the fences, while a territory's real edges stay inside.
 */
export const AREA_MARGIN_KM = 5;
/** Fewer places than this tell no area: nothing is judged outside it. */
export const AREA_MIN_PLACES = 4;
/**
 * A commune's known position is the middle (median) of the territory's places stated in it; a
 * place farther than this from it is on the wrong spot or in the wrong commune: a rural commune is
 * a few kilometres across.
 */
export const FAR_FROM_COMMUNE_KM = 10;

const KM_PER_DEGREE = 111.2;

export interface TerritoryArea {
  south: number;
  north: number;
  west: number;
  east: number;
  /** The median place: where distances to the territory are measured from. */
  centre: LatLng;
}

/** The `q` quantile of sorted values, interpolated as PostgreSQL's percentile_cont. */
function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}

const fences = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const [q1, median, q3] = [0.25, 0.5, 0.75].map((q) => quantile(sorted, q));
  return { low: q1 - 1.5 * (q3 - q1), median, high: q3 + 1.5 * (q3 - q1) };
};

export function territoryArea(places: readonly LatLng[]): TerritoryArea | undefined {
  if (places.length < AREA_MIN_PLACES) return undefined;
  const latitude = fences(places.map((p) => p.latitude));
  const longitude = fences(places.map((p) => p.longitude));
  const dLat = AREA_MARGIN_KM / KM_PER_DEGREE;
  const dLon = AREA_MARGIN_KM / (KM_PER_DEGREE * Math.cos((latitude.median * Math.PI) / 180));
  return {
    south: latitude.low - dLat,
    north: latitude.high + dLat,
    west: longitude.low - dLon,
    east: longitude.high + dLon,
    centre: { latitude: latitude.median, longitude: longitude.median },
  };
}

export const insideArea = (area: TerritoryArea, p: LatLng) =>
  p.latitude >= area.south && p.latitude <= area.north && p.longitude >= area.west && p.longitude <= area.east;

/**
 * How far each place is from its commune's known position, by place id: the median of the
 * commune's places when it has three or more (one wrong point does not move it), the other place
 * when it has two (both are then said: a person tells which is wrong); a commune's only place is
 * not judged.
 */
export function distancesToCommunes<T extends LatLng & { id: string; communeKey: string }>(places: readonly T[]): Map<string, number> {
  const byCommune = new Map<string, T[]>();
  for (const place of places) byCommune.set(place.communeKey, [...(byCommune.get(place.communeKey) ?? []), place]);
  const distances = new Map<string, number>();
  for (const group of byCommune.values()) {
    if (group.length < 2) continue;
    const centre =
      group.length === 2 ? undefined : { latitude: fences(group.map((p) => p.latitude)).median, longitude: fences(group.map((p) => p.longitude)).median };
    for (const place of group) distances.set(place.id, haversineKm(place, centre ?? (group[0] === place ? group[1] : group[0])));
  }
  return distances;
}
