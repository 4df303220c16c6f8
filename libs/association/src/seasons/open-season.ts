import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '#database';

export interface OpenSeason {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  printDeadline: string;
}

/** The territory's season whose campaign is under way, if any. */
export async function openSeasonOf(db: DataSource | EntityManager, territoryId: string): Promise<OpenSeason | undefined> {
  const [season] = await queryRows<OpenSeason>(
    db,
    `SELECT id, name, starts_on::text AS "startsOn", ends_on::text AS "endsOn", print_deadline::text AS "printDeadline"
       FROM seasons WHERE territory_id = $1 AND closed_at IS NULL`,
    [territoryId],
  );
  return season;
}
