import type { SelectQueryBuilder } from 'typeorm';
import type { Actor, LatLng } from '#common';
import { idsOrNone } from '../access/directory-access.js';
import { NEAR_POINT } from '../shared/list-page.js';
import { circleCells } from './near-cells.js';
import type { ProducerQueryDto } from './producer.dto.js';
import type { Producer } from './producer.entity.js';
import { PRODUCER_STATUSES } from './producer.entity.js';

/**
 * The producers a search finds within its radius, counted from the counts kept per cell
 * (producer_cells, migration 1764494600000): the cells wholly inside the circle summed, the
 * producers of the cells its rim crosses counted one by one with every filter of the search.
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

  const [{ inside }] = await filtered.connection.query<{ inside: number }[]>(
    `SELECT coalesce(sum(counted.producers), 0)::int AS inside
       FROM unnest($1::bigint[], $2::bigint[]) row_range (first, last)
       CROSS JOIN LATERAL (SELECT sum(producers) AS producers FROM producer_cells
                            WHERE status = ANY ($3) AND category = $4 AND cell BETWEEN row_range.first AND row_range.last) counted`,
    [cells.inside.first, cells.inside.last, seenByAll, query.category ?? ''],
  );
  const radiusM = radiusKm * 1000;
  const onRim = filtered
    .clone()
    .andWhere('p.near_cell = ANY (CAST(:rimCells AS bigint[]))', { rimCells: cells.rim })
    .andWhere(`earth_distance(${NEAR_POINT}, p.location) <= :radiusM`, { radiusM });
  if (!actor.isPlatformAdmin) onRim.andWhere(`p.status = 'active'`);
  let total = inside + (await onRim.getCount());

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
