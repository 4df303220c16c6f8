import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The indexes a scope's figures read by (docs/rollups.md): a territory's passes by arrival (a
 * sequential scan of every pass of the country otherwise), an accommodation's, a producer's and a
 * territory's uses by day (every use of the country otherwise), and a funnel's passes and uses by
 * edition. Those of uses carry what is summed, for scans of the index alone: a territory's 1,100
 * uses of a season lie on as many pages of the table, and on a handful of the index's.
 */
export class FiguresIndexes1764494200000 implements MigrationInterface {
  name = 'FiguresIndexes1764494200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX passes_territory_arrival_idx ON passes (territory_id, arrival);
      CREATE INDEX redemptions_accommodation_counted_idx ON redemptions (accommodation_id, redeemed_on)
        INCLUDE (producer_id, amount_cents) WHERE voided_at IS NULL;
      CREATE INDEX redemptions_producer_counted_idx ON redemptions (producer_id, redeemed_on)
        INCLUDE (offer_id, accommodation_id, pass_id, amount_cents, recorded_via) WHERE voided_at IS NULL;
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
      DROP INDEX redemptions_producer_counted_idx;
      DROP INDEX redemptions_accommodation_counted_idx;
      DROP INDEX passes_territory_arrival_idx;
    `);
  }
}
