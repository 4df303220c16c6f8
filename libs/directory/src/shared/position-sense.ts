import { haversineKm, type LatLng } from '#common';

/** Metropolitan France and Corsica, generously: where a place typed without a territory to compare with is expected. */
const FRANCE = { south: 41.2, north: 51.3, west: -5.3, east: 9.7 };
/** Farther than this from the territory's other places, a point is a mistake until a person says otherwise. */
export const FAR_FROM_TERRITORY_KM = 150;

const inFrance = (p: LatLng) => p.latitude >= FRANCE.south && p.latitude <= FRANCE.north && p.longitude >= FRANCE.west && p.longitude <= FRANCE.east;

/** What a typed position says: fine, latitude and longitude swapped (a classic spreadsheet mistake), or far from the territory. */
export type PositionJudgement = { ok: true } | { swapped: LatLng } | { farKm: number };

/**
 * Judges a point against the middle of the territory's other places (when it has some) or
 * against France: swapped when the point is far and its swap is near (or in France when there is
 * nothing to compare with), far when it is far either way.
 */
export function judgePosition(point: LatLng, centre: LatLng | undefined): PositionJudgement {
  const swapped = { latitude: point.longitude, longitude: point.latitude };
  const plausible = Math.abs(swapped.latitude) <= 90;
  if (!centre) return !inFrance(point) && plausible && inFrance(swapped) ? { swapped } : { ok: true };
  const distance = haversineKm(point, centre);
  if (distance <= FAR_FROM_TERRITORY_KM) return { ok: true };
  if (plausible && haversineKm(swapped, centre) <= FAR_FROM_TERRITORY_KM) return { swapped };
  return { farKm: Math.round(distance) };
}
