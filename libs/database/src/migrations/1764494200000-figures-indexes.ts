import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The indexes a scope's figures read by (docs/rollups.md): a territory's passes by arrival (a
 * sequential scan of every pass of the country otherwise), an accommodation's and a producer's
 * uses by day (every use of the country otherwise). And indexes that carry what a territory's
 * uses and a funnel's passes and uses are summed on, read alone: a territory's 1,000 passes or
 * 1,100 uses of a season lie on as many pages of the table, and a handful of the index's.
 */
export class FiguresIndexes1764494200000 implements MigrationInterface {
  name = 'FiguresIndexes1764494200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX passes_territory_arrival_idx ON passes (territory_id, arrival);
      CREATE INDEX redemptions_accommodation_day_idx ON redemptions (accommodation_id, redeemed_on);
      CREATE INDEX redemptions_producer_day_idx ON redemptions (producer_id, redeemed_on);
      CREATE INDEX redemptions_territory_counted_idx ON redemptions (territory_id, redeemed_on)
        INCLUDE (producer_id, accommodation_id, offer_id, amount_cents, recorded_via) WHERE voided_at IS NULL;
      CREATE INDEX passes_edition_counted_idx ON passes (edition_id) INCLUDE (accommodation_id, territory_id, created_at) WHERE edition_id IS NOT NULL;
      CREATE INDEX redemptions_edition_counted_idx ON redemptions (edition_id)
        INCLUDE (accommodation_id, producer_id, redeemed_on, amount_cents, territory_id) WHERE edition_id IS NOT NULL AND voided_at IS NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX redemptions_edition_counted_idx;
      DROP INDEX passes_edition_counted_idx;
      DROP INDEX redemptions_territory_counted_idx;
      DROP INDEX redemptions_producer_day_idx;
      DROP INDEX redemptions_accommodation_day_idx;
      DROP INDEX passes_territory_arrival_idx;
    `);
  }
}
