import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A counting table as it was created, to partition it and to put it back. */
interface CountingTable {
  name: string;
  primaryKey: string;
  /** Columns the primary key's index carries, for scans of it alone. */
  carried?: string;
  territoryDayIndex: string;
  /** Columns the territory's index carries, for a territory's rows read from the index alone. */
  territoryCarries?: string;
  foreignKeys: string[];
}

const COUNTING_TABLES: CountingTable[] = [
  {
    name: 'scans',
    primaryKey: 'accommodation_id, day, lang, from_qr, edition_number',
    territoryDayIndex: 'scans_territory_day_idx',
    foreignKeys: ['(accommodation_id) REFERENCES accommodations (id)', '(territory_id) REFERENCES territories (id)'],
  },
  {
    name: 'offer_views',
    primaryKey: 'offer_id, day',
    carried: 'count',
    territoryDayIndex: 'offer_views_territory_day_idx',
    territoryCarries: 'offer_id, count',
    foreignKeys: ['(offer_id) REFERENCES offers (id)', '(territory_id) REFERENCES territories (id)'],
  },
  {
    name: 'site_visits',
    primaryKey: 'territory_id, page, day, lang',
    territoryDayIndex: 'site_visits_territory_day_idx',
    foreignKeys: ['(territory_id) REFERENCES territories (id)'],
  },
];

/** The indexes and keys, added once the rows are in: one build per partition rather than one insertion per row. */
const keysOf = (table: CountingTable) => `
  ALTER TABLE ${table.name} ADD PRIMARY KEY (${table.primaryKey})${table.carried ? ` INCLUDE (${table.carried})` : ''};
  CREATE INDEX ${table.territoryDayIndex} ON ${table.name} (territory_id, day)${table.territoryCarries ? ` INCLUDE (${table.territoryCarries})` : ''};
  ${table.foreignKeys.map((key) => `ALTER TABLE ${table.name} ADD FOREIGN KEY ${key};`).join('\n  ')}`;

/** The table renamed aside with its indexes (their names are the schema's), to be copied from. */
const setAside = (table: CountingTable) => `
  ALTER TABLE ${table.name} RENAME TO ${table.name}_unpartitioned;
  ALTER INDEX ${table.name}_pkey RENAME TO ${table.name}_unpartitioned_pkey;
  ALTER INDEX ${table.territoryDayIndex} RENAME TO ${table.territoryDayIndex}_unpartitioned;`;

/**
 * The counting tables (page openings, offer views, site visits) partitioned by month of their
 * day (docs/rollups.md): a month's rows sit together, and a month past the retention is dropped
 * whole rather than deleted row by row. A DEFAULT partition takes a day whose month has no
 * partition yet, so a count is never refused; `tp_month_partition` creates a month ahead (the
 * migration: from the first month with rows to two months ahead; then `CountsUpkeep`, once across
 * instances) and moves into it the rows the DEFAULT partition took for it. The rows are copied
 * (a real deployment keeps its counts), the keys built after them.
 */
export class MonthlyPartitions1764494210000 implements MigrationInterface {
  name = 'MonthlyPartitions1764494210000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION tp_month_partition(parent text, month date) RETURNS boolean LANGUAGE plpgsql AS $$
      DECLARE
        first date := date_trunc('month', month)::date;
        next date := (date_trunc('month', month) + interval '1 month')::date;
        partition text := format('%s_%s', parent, to_char(first, 'YYYY_MM'));
      BEGIN
        IF to_regclass(partition) IS NOT NULL THEN RETURN false; END IF;
        EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', partition, parent);
        EXECUTE format('WITH moved AS (DELETE FROM %I WHERE day >= %L AND day < %L RETURNING *) INSERT INTO %I SELECT * FROM moved',
          parent || '_default', first, next, partition);
        EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', parent, partition, first, next);
        RETURN true;
      END $$;
    `);
    // the keys of millions of rows built in memory rather than in temporary files (this migration's transaction only)
    await db.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    for (const table of COUNTING_TABLES) {
      const t = table.name;
      await db.query(`
        ${setAside(table)}
        CREATE TABLE ${t} (LIKE ${t}_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS) PARTITION BY RANGE (day);
        CREATE TABLE ${t}_default PARTITION OF ${t} DEFAULT;
        SELECT tp_month_partition('${t}', m::date)
          FROM generate_series(date_trunc('month', least((SELECT min(day) FROM ${t}_unpartitioned), current_date)),
                               date_trunc('month', current_date) + interval '2 months', interval '1 month') AS m;
        INSERT INTO ${t} SELECT * FROM ${t}_unpartitioned;
        DROP TABLE ${t}_unpartitioned;
        ${keysOf(table)}
        ANALYZE ${t};
      `);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [...COUNTING_TABLES].reverse()) {
      const t = table.name;
      await db.query(`
        ${setAside(table)}
        CREATE TABLE ${t} (LIKE ${t}_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
        INSERT INTO ${t} SELECT * FROM ${t}_unpartitioned;
        DROP TABLE ${t}_unpartitioned;
        ${keysOf(table)}
      `);
    }
    await db.query(`DROP FUNCTION tp_month_partition(text, date);`);
  }
}
