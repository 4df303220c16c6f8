import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '#database';
import { openSeasonOf, type OpenSeason } from '../seasons/open-season.js';

/** What a brochure printed during a season's campaign may hold: the offers confirmed for it (kept or changed). */
export interface SeasonPrintSelection {
  season: OpenSeason;
  confirmedOfferIds: Set<string>;
}

/** The territory's open season and its confirmed offers; undefined outside a campaign (brochures print as always). */
export async function seasonPrintSelection(db: DataSource | EntityManager, territoryId: string): Promise<SeasonPrintSelection | undefined> {
  const season = await openSeasonOf(db, territoryId);
  if (!season) return undefined;
  const rows = await queryRows<{ offerId: string }>(
    db,
    `SELECT offer_id AS "offerId" FROM season_decisions WHERE season_id = $1 AND decision IN ('keep', 'change')`,
    [season.id],
  );
  return { season, confirmedOfferIds: new Set(rows.map((row) => row.offerId)) };
}
