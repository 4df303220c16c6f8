import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Near search's count made cheaper, the same totals (docs/pagespeed.md):
 *
 * - The producers of the rim's cells were checked with `earth_distance`, whose `sec_to_gc`
 *   PostgreSQL cannot inline (it names its argument three times): a SQL function run for each of
 *   the ~900 rim producers of a search among a million, most of the count's time (9.7 ms median
 *   against 3.5 ms without it, load 10). The great-circle distance grows with the straight-line
 *   distance through the earth (`cube_distance`, plain C), so the search compares that chord with
 *   the chord of its radius, computed once: surely within below it less a billionth, surely beyond
 *   above it plus a billionth (rounding moves either by some 1e-16), and only between the two — a
 *   band of 3 cm at 30 km, almost never a producer — `earth_distance` itself decides, as before.
 * - With the rim that cheap, cells of 1/25 of a degree (4.4 km × 3 km in France) instead of 1/50:
 *   a circle of 30 km has half as many rows of cells, so half as many index range scans (each a
 *   few pages to read), 175 counts to sum instead of 760, 1,800 rim producers instead of 900
 *   (count 3.4 ms median against 5.4 ms at 1/50, same points, load 5–8). The same multiplication
 *   as libs/directory/src/producers/near-cells.ts; the counts recounted.
 */
export class NearCountCheaper1764495000000 implements MigrationInterface {
  name = 'NearCountCheaper1764495000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(cellsPerDegree(25, 'location, status, categories'));
    await db.query(
      countProducersNear(`
                                         AND cube_distance(centre, p.location) <= surely_beyond
                                         AND (cube_distance(centre, p.location) <= surely_within OR earth_distance(centre, p.location) <= radius_m)`),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(cellsPerDegree(50, 'location, status, territory_id, id, categories'));
    await db.query(
      countProducersNear(`
                                         AND earth_distance(centre, p.location) <= radius_m`),
    );
  }
}

/** tp_count_producers_near (migration 1764494600000) with `rimCheck` deciding which producers of the rim's cells are within the radius. */
function countProducersNear(rimCheck: string): string {
  return `
    CREATE OR REPLACE FUNCTION tp_count_producers_near(inside_first bigint[], inside_last bigint[], rim_first bigint[], rim_last bigint[],
                                                       statuses text[], wanted_category text, near_latitude float8, near_longitude float8, radius_m float8)
      RETURNS integer LANGUAGE plpgsql STABLE AS $fn$
    DECLARE
      centre earth := ll_to_earth(near_latitude, near_longitude);
      -- sec_to_gc inverted: the chord of an arc of radius_m (half the earth's circumference or more: every point)
      chord float8 := CASE WHEN radius_m >= pi() * earth() THEN 'Infinity' ELSE 2 * earth() * sin(radius_m / (2 * earth())) END;
      surely_within float8 := chord * (1 - 1e-9);
      surely_beyond float8 := chord * (1 + 1e-9);
    BEGIN
      RETURN (SELECT coalesce(sum(counted.producers), 0)
                FROM unnest(inside_first, inside_last) run (first, last)
                CROSS JOIN LATERAL (SELECT sum(c.producers) AS producers FROM producer_cells c
                                     WHERE c.status = ANY (statuses) AND c.category = wanted_category
                                       AND c.cell BETWEEN run.first AND run.last) counted)
           + (SELECT coalesce(sum(pending.producers), 0)
                FROM unnest(inside_first, inside_last) run (first, last)
                CROSS JOIN LATERAL (SELECT sum(c.producers) AS producers FROM producer_cell_changes c
                                     WHERE c.status = ANY (statuses) AND c.category = wanted_category
                                       AND c.cell BETWEEN run.first AND run.last) pending)
           + (SELECT coalesce(sum(checked.producers), 0)
                FROM unnest(rim_first, rim_last) run (first, last)
                CROSS JOIN LATERAL (SELECT count(*) AS producers FROM producers p
                                     WHERE p.near_cell BETWEEN run.first AND run.last AND p.status = ANY (statuses)
                                       AND (wanted_category = '' OR p.categories @> ARRAY[wanted_category])${rimCheck}) checked);
    END $fn$;
  `;
}

/**
 * Producers put on cells of 1/`perDegree` of a degree (numbered row by row, as tp_near_cell of
 * migration 1764494600000) and counted again. The column, on which the index depends, dropped and
 * added again: a stored generated column is not computed again when its function changes. The
 * index carries what the rim's check reads (`included`); a territory and an id it never read.
 */
function cellsPerDegree(perDegree: number, included: string): string {
  return `
    ALTER TABLE producers DROP COLUMN near_cell;
    CREATE OR REPLACE FUNCTION tp_near_cell(latitude float8, longitude float8) RETURNS bigint
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN (floor(latitude * ${perDegree})::bigint + ${90 * perDegree}) * ${360 * perDegree + 1} + floor(longitude * ${perDegree})::bigint + ${180 * perDegree};
    ALTER TABLE producers ADD COLUMN near_cell bigint NOT NULL GENERATED ALWAYS AS (tp_near_cell(latitude, longitude)) STORED;
    CREATE INDEX producers_near_cell_idx ON producers (near_cell) INCLUDE (${included});
    SELECT tp_recount_producer_cells();
  `;
}
