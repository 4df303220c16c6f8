import type { DataSource } from 'typeorm';
import { queryRows } from '#database';

/** A territory's calendar at one instant: its own day, hour and week (Monday), in its time zone. */
export interface TerritoryTime {
  territoryId: string;
  today: string;
  hour: number;
  /** The Monday of the current week. */
  monday: string;
}

export async function territoryTimes(db: DataSource, now: Date): Promise<TerritoryTime[]> {
  return queryRows<TerritoryTime>(
    db,
    `SELECT t.id AS "territoryId", l.at::date::text AS today, extract(hour FROM l.at)::int AS hour, date_trunc('week', l.at)::date::text AS monday
       FROM territories t CROSS JOIN LATERAL (SELECT $1::timestamptz AT TIME ZONE t.time_zone AS at) l ORDER BY t.id`,
    [now.toISOString()],
  );
}

/** The day `days` after a calendar day (before it when negative). */
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
