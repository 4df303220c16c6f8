import { invalidField, refusal, type LatLng } from '#common';
import { queryRows } from '#database';
import type { EntityManager } from 'typeorm';
import { DIRECTORY_REFUSALS } from '../directory-refusals.js';
import { judgePosition } from './position-sense.js';

/** The middle of the territory's places (the median, which one mistyped point does not move), when it has enough to tell. */
export async function territoryCentre(db: EntityManager, territoryId: string): Promise<LatLng | undefined> {
  const [row] = await queryRows<{ places: number; latitude: number | null; longitude: number | null }>(
    db,
    `SELECT count(*)::int AS places, percentile_cont(0.5) WITHIN GROUP (ORDER BY latitude) AS latitude, percentile_cont(0.5) WITHIN GROUP (ORDER BY longitude) AS longitude
       FROM (SELECT latitude, longitude FROM producers WHERE territory_id = $1 UNION ALL SELECT latitude, longitude FROM accommodations WHERE territory_id = $1) places`,
    [territoryId],
  );
  return row.places >= 3 && row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : undefined;
}

/**
 * The rule the import, the API and the member forms share: a point whose latitude and longitude
 * look swapped, or far from the territory's other places, is refused (400 on latitude) with what to
 * type instead. A point left as it was stored is not judged again.
 */
export async function assertSensiblePosition(
  db: EntityManager,
  territoryId: string,
  typed: { latitude?: number; longitude?: number },
  stored?: LatLng,
): Promise<void> {
  const point = { latitude: typed.latitude ?? stored?.latitude, longitude: typed.longitude ?? stored?.longitude };
  if (point.latitude === undefined || point.longitude === undefined) return;
  if (stored && point.latitude === stored.latitude && point.longitude === stored.longitude) return;
  const judged = judgePosition(point as LatLng, await territoryCentre(db, territoryId));
  if ('swapped' in judged) {
    throw invalidField('latitude', refusal(DIRECTORY_REFUSALS, 'position_swapped', { typed: `${point.latitude}, ${point.longitude}`, ...judged.swapped }));
  }
  if ('farKm' in judged) throw invalidField('latitude', refusal(DIRECTORY_REFUSALS, 'position_far', { km: judged.farKm }));
}
