import type { SelectQueryBuilder } from 'typeorm';
import type { Actor, LatLng } from '#common';
import { idsOrNone } from '../access/directory-access.js';
import { NEAR_POINT } from '../shared/list-page.js';
import { circleCells } from './near-cells.js';
import type { ProducerQueryDto } from './producer.dto.js';
import type { Producer } from './producer.entity.js';
import { PRODUCER_STATUSES } from './producer.entity.js';

/**
 * Producers of these statuses and category within the circle: the counts of the cells wholly inside
 * it summed, the producers of the cells its rim crosses counted one by one (runs of cells by row,
 * each an index range scan of producers_near_cell_idx that never reads the table).
 */
export const PRODUCERS_SEEN_BY_ALL_WITHIN = `
  SELECT ((SELECT coalesce(sum(counted.producers), 0)
            FROM unnest($1::bigint[], $2::bigint[]) run (first, last)
            CROSS JOIN LATERAL (SELECT sum(producers) AS producers FROM producer_cells
                                 WHERE status = ANY ($5::text[]) AND category = $6 AND cell BETWEEN run.first AND run.last) counted)
       + (SELECT count(*)
            FROM unnest($3::bigint[], $4::bigint[]) run (first, last)
            JOIN producers p ON p.near_cell BETWEEN run.first AND run.last
           WHERE p.status = ANY ($5::text[]) AND ($6 = '' OR p.categories @> ARRAY[$6])
             AND earth_distance(ll_to_earth($7, $8), p.location) <= $9))::int AS total`;

/**
 * The producers a search finds within its radius (`filtered`: the search but its circle), counted
 * from the counts kept per cell (producer_cells, migration 1764494600000).
 *
 * Cells count producers by status and category only. A search that also filters by territory,
 * commune or words is answered as before (undefined: listPage counts the rows themselves), and so
 * is one near a pole or across the antimeridian. What a signed-in member sees beyond the active
 * producers (those of the territories it coordinates, its own business) is counted one by one.
 */
export async function countProducersNear(
  filtered: SelectQueryBuilder<Producer>,
  query: ProducerQueryDto,
  actor: Actor,
  point: LatLng,
  radiusKm: number,
): Promise<number | undefined> {
  if (query.territoryId || query.commune || query.q) return undefined;
  const cells = circleCells(point, radiusKm);
  if (!cells) return undefined;
  const statuses = PRODUCER_STATUSES.filter((status) => (query.status ? status === query.status : status !== 'archived'));
  const seenByAll = actor.isPlatformAdmin ? statuses : statuses.filter((status) => status === 'active');

  const [{ total: seenByAllWithin }] = await filtered.connection.query<{ total: number }[]>(PRODUCERS_SEEN_BY_ALL_WITHIN, [
    cells.inside.first,
    cells.inside.last,
    cells.rim.first,
    cells.rim.last,
    seenByAll,
    query.category ?? '',
    point.latitude,
    point.longitude,
    radiusKm * 1000,
  ]);
  let total = seenByAllWithin;
  const radiusM = radiusKm * 1000;

  const coordinated = actor.isPlatformAdmin ? [] : actor.coordinatedTerritoryIds;
  const owned = actor.isPlatformAdmin ? [] : actor.ownProducerIds;
  if (coordinated.length > 0 || owned.length > 0) {
    // few: the territories' own producers and one's business, found by their keys
    total += await filtered
      .clone()
      .andWhere(`p.status <> 'active'`)
      .andWhere('(p.territory_id IN (:...seenCoordinated) OR p.id IN (:...seenOwned))', {
        seenCoordinated: idsOrNone(coordinated),
        seenOwned: idsOrNone(owned),
      })
      .andWhere(`earth_box(${NEAR_POINT}, :radiusM) @> p.location`)
      .andWhere(`earth_distance(${NEAR_POINT}, p.location) <= :radiusM`, { radiusM })
      .getCount();
  }
  return total;
}
