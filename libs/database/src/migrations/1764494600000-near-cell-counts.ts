import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Near search counts every producer within its radius: at a million producers some 5,600 within
 * 30 km, each one's great-circle distance computed (35–38 ms even as an index-only scan). Producers
 * are now counted ahead, per grid cell of 1/50 of a degree, by status and by category: the search
 * sums the cells wholly inside its circle and checks distances only in the cells its rim crosses,
 * which `producers_near_cell_idx` answers by itself. The cell's formula is the one of
 * libs/directory/src/producers/near-cells.ts (same multiplication, same floor: same cell).
 *
 * Writers never update a shared count: the statement triggers only append signed changes
 * (`producer_cell_changes`, no unique key), so two imports writing the same cells neither wait for
 * nor deadlock with each other, and a long import holds no lock on any count until it commits. A
 * count reads the folded counts (`producer_cells`) plus the changes of its cells, in one snapshot;
 * `tp_fold_producer_cell_changes()` folds the changes into the counts in one statement (the rows it
 * deletes are the very ones it adds), so a count is exact before, during and after a fold.
 */
export class NearCellCounts1764494600000 implements MigrationInterface {
  name = 'NearCellCounts1764494600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION tp_near_cell(latitude float8, longitude float8) RETURNS bigint
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN (floor(latitude * 50)::bigint + 4500) * 18001 + floor(longitude * 50)::bigint + 9000;

      ALTER TABLE producers ADD COLUMN near_cell bigint NOT NULL GENERATED ALWAYS AS (tp_near_cell(latitude, longitude)) STORED;
      CREATE INDEX producers_near_cell_idx ON producers (near_cell) INCLUDE (location, status, territory_id, id, categories);

      -- category '' is every category (a producer of honey and wine counts once there, once in each of its own)
      CREATE TABLE producer_cells (
        status text NOT NULL,
        category text NOT NULL,
        cell bigint NOT NULL,
        producers integer NOT NULL,
        PRIMARY KEY (status, category, cell) INCLUDE (producers)
      );
      -- appended to only, by the writers' transactions; no key, so that no writer ever waits on another's row
      CREATE TABLE producer_cell_changes (
        status text NOT NULL,
        category text NOT NULL,
        cell bigint NOT NULL,
        producers integer NOT NULL
      );
      CREATE INDEX producer_cell_changes_cell_idx ON producer_cell_changes (status, category, cell) INCLUDE (producers);

      CREATE FUNCTION tp_count_producer_cells() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        changed text := concat_ws(' UNION ALL ',
          CASE WHEN TG_OP <> 'DELETE' THEN 'SELECT near_cell, status, categories, 1 AS n FROM added' END,
          CASE WHEN TG_OP <> 'INSERT' THEN 'SELECT near_cell, status, categories, -1 AS n FROM removed' END);
      BEGIN
        EXECUTE format($sql$
          INSERT INTO producer_cell_changes (status, category, cell, producers)
          SELECT status, category, cell, sum(n) FROM (
            SELECT status, '' AS category, near_cell AS cell, n FROM (%1$s) c
            UNION ALL
            SELECT c.status, x.category, c.near_cell, c.n FROM (%1$s) c CROSS JOIN LATERAL (SELECT DISTINCT unnest(c.categories)) x(category)
          ) delta
          GROUP BY status, category, cell HAVING sum(n) <> 0
        $sql$, changed);
        RETURN NULL;
      END $fn$;

      -- the changes committed so far moved into the counts: one statement, so that exactly the rows it deletes
      -- are added (a change committed meanwhile stays for the next fold); one fold at a time (the lock), the
      -- others return at once (null). Rows left at zero stay: a cell's few rows cost less than deleting and
      -- recreating them as producers move.
      CREATE FUNCTION tp_fold_producer_cell_changes() RETURNS integer LANGUAGE plpgsql AS $fn$
      DECLARE
        folded integer;
      BEGIN
        IF NOT pg_try_advisory_xact_lock(764494600) THEN
          RETURN NULL;
        END IF;
        WITH moved AS (DELETE FROM producer_cell_changes RETURNING status, category, cell, producers),
             summed AS (SELECT status, category, cell, sum(producers) AS producers, count(*) AS changes FROM moved GROUP BY status, category, cell),
             counted AS (
               INSERT INTO producer_cells AS pc (status, category, cell, producers)
               SELECT status, category, cell, producers FROM summed WHERE producers <> 0 ORDER BY status, category, cell
               ON CONFLICT (status, category, cell) DO UPDATE SET producers = pc.producers + EXCLUDED.producers)
        SELECT coalesce(sum(changes), 0) INTO folded FROM summed;
        RETURN folded;
      END $fn$;

      CREATE TRIGGER producers_count_cells_insert AFTER INSERT ON producers
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION tp_count_producer_cells();
      CREATE TRIGGER producers_count_cells_update AFTER UPDATE ON producers
        REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION tp_count_producer_cells();
      CREATE TRIGGER producers_count_cells_delete AFTER DELETE ON producers
        REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION tp_count_producer_cells();

      -- counted again from scratch: the backfill below, and a load that ran with triggers off (the benches)
      CREATE FUNCTION tp_recount_producer_cells() RETURNS void LANGUAGE sql AS $fn$
        DELETE FROM producer_cell_changes;
        DELETE FROM producer_cells;
        INSERT INTO producer_cells (status, category, cell, producers)
        SELECT status, '' AS category, near_cell, count(*) FROM producers GROUP BY status, near_cell
        UNION ALL
        SELECT p.status, x.category, p.near_cell, count(*)
          FROM producers p CROSS JOIN LATERAL (SELECT DISTINCT unnest(p.categories)) x(category)
         GROUP BY p.status, x.category, p.near_cell;
      $fn$;
      CREATE FUNCTION tp_forget_producer_cells() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM producer_cell_changes;
        DELETE FROM producer_cells;
        RETURN NULL;
      END $fn$;
      CREATE TRIGGER producers_count_cells_truncate AFTER TRUNCATE ON producers
        FOR EACH STATEMENT EXECUTE FUNCTION tp_forget_producer_cells();

      -- producers of these statuses and category within the circle: the counts of the cells wholly inside it
      -- summed (folded and not yet folded, read in the same snapshot: a fold moves rows in one commit), the producers of the cells its rim crosses checked (runs of cells by row, each an index range
      -- scan that never reads the table); lateral, so that each run is its own index scan: as a plain join, a
      -- search among a million producers kept parallel workers busy for about a second. A function, so that
      -- its plan is kept by the session rather than made again for each search (2.3 ms at 200,000 producers).
      CREATE FUNCTION tp_count_producers_near(inside_first bigint[], inside_last bigint[], rim_first bigint[], rim_last bigint[],
                                              statuses text[], wanted_category text, near_latitude float8, near_longitude float8, radius_m float8)
        RETURNS integer LANGUAGE plpgsql STABLE AS $fn$
      DECLARE
        -- once: in the kept plan, ll_to_earth(near_latitude, near_longitude) was computed again for each producer of the rim (29 ms a count at a million, 12 once)
        centre earth := ll_to_earth(near_latitude, near_longitude);
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
                                         AND (wanted_category = '' OR p.categories @> ARRAY[wanted_category])
                                         AND earth_distance(centre, p.location) <= radius_m) checked);
      END $fn$;

      SELECT tp_recount_producer_cells();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION tp_count_producers_near(bigint[], bigint[], bigint[], bigint[], text[], text, float8, float8, float8);
      DROP TRIGGER producers_count_cells_truncate ON producers;
      DROP TRIGGER producers_count_cells_delete ON producers;
      DROP TRIGGER producers_count_cells_update ON producers;
      DROP TRIGGER producers_count_cells_insert ON producers;
      DROP FUNCTION tp_forget_producer_cells();
      DROP FUNCTION tp_recount_producer_cells();
      DROP FUNCTION tp_fold_producer_cell_changes();
      DROP FUNCTION tp_count_producer_cells();
      DROP TABLE producer_cell_changes;
      DROP TABLE producer_cells;
      ALTER TABLE producers DROP COLUMN near_cell;
      DROP FUNCTION tp_near_cell(float8, float8);
    `);
  }
}
