import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '#database';
import { openSeasonOf, type OpenSeason } from '../seasons/open-season.js';

/**
 * What a brochure printed during a season's campaign may hold: the offers confirmed for it (kept
 * or changed) of producers in good standing — where the territory manages membership, the season's
 * brochure is its paid-up members' (tp_producer_in_good_standing; the check before printing names
 * the others, so nobody is left out without the coordinator knowing).
 */
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
    `SELECT d.offer_id AS "offerId"
       FROM season_decisions d JOIN offers o ON o.id = d.offer_id
      WHERE d.season_id = $1 AND d.decision IN ('keep', 'change') AND tp_producer_in_good_standing(o.producer_id)`,
    [season.id],
  );
  return { season, confirmedOfferIds: new Set(rows.map((row) => row.offerId)) };
}
