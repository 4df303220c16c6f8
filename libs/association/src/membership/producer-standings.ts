import type { DataSource, EntityManager } from 'typeorm';
import { todayIn } from '#common';
import { queryRows } from '#database';
import { standingOf, type Standing } from './member-year.js';
import { membersOfYear } from './membership.queries.js';

/** Whether a territory manages membership (it has terms): without, every producer is in good standing. */
export async function managesMembership(db: DataSource | EntityManager, territoryId: string): Promise<boolean> {
  const [row] = await queryRows<{ managed: boolean }>(db, `SELECT EXISTS (SELECT 1 FROM membership_terms WHERE territory_id = $1) AS managed`, [territoryId]);
  return row.managed;
}

/**
 * Each producer's standing in a membership year, by producer id: what the season campaign and
 * the print gate ask. Empty when the territory does not manage membership. In SQL, for one
 * producer today: `tp_producer_in_good_standing(producer_id)`.
 */
export async function producerStandings(db: DataSource | EntityManager, territoryId: string, year: number): Promise<Map<string, Standing>> {
  const [territory] = await queryRows<{ timeZone: string }>(db, `SELECT time_zone AS "timeZone" FROM territories WHERE id = $1`, [territoryId]);
  if (!territory) return new Map();
  const rows = await membersOfYear(db, territoryId, year, todayIn(territory.timeZone), { kind: 'producer' });
  return new Map(rows.map((row) => [row.memberId, standingOf(row)]));
}
