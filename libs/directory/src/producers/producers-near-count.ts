import type { SelectQueryBuilder } from 'typeorm';
import type { Actor, LatLng } from '#common';
import { idsOrNone } from '../access/directory-access.js';
import { NEAR_POINT } from '../shared/list-page.js';
import { circleCells } from './near-cells.js';
import type { ProducerQueryDto } from './producer.dto.js';
import { type Producer, PRODUCER_STATUSES } from './producer.entity.js';

/**
 * The producers a search finds within its radius (`filtered`: the search but its circle), counted
 * from the counts kept per cell (producer_cells and the changes not yet folded into them,
 * producer_cell_changes, migration 1764494600000): the cells wholly inside the circle summed, the
 * producers of the cells its rim crosses checked (tp_count_producers_near).
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

  // the active producers within the circle (every producer, for the platform admin) of the status and category asked
  // (none when a member asks for suspended producers: only its own are counted, below)
  let total = 0;
  if (seenByAll.length > 0) {
    const [{ total: seenByAllWithin }] = await filtered.connection.query<{ total: number }[]>(
      `SELECT tp_count_producers_near($1, $2, $3, $4, $5, $6, $7, $8, $9) AS total`,
      [
        cells.inside.first,
        cells.inside.last,
        cells.rim.first,
        cells.rim.last,
        seenByAll,
        query.category ?? '',
        point.latitude,
        point.longitude,
        radiusKm * 1000,
      ],
    );
    total = seenByAllWithin;
  }
  const radiusM = radiusKm * 1000;

  const coordinated = actor.isPlatformAdmin ? [] : actor.coordinatedTerritoryIds;
  const owned = actor.isPlatformAdmin ? [] : actor.ownProducerIds;
  // beyond the active producers, counted above: nothing more when only active ones are asked for
  if ((coordinated.length > 0 || owned.length > 0) && statuses.some((status) => status !== 'active')) {
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
