import type { DataSource, EntityManager } from 'typeorm';
import { hashSecretToken, newSecretToken } from '#accounts';
import { queryRows } from '#database';

/** What a personal link is now: a link that works, or why it does not (said to its reader, never a 500). */
export type SeasonLinkState =
  | { state: 'valid'; seasonId: string; producerId: string; territoryId: string; expiresAt: Date }
  | { state: 'revoked' | 'expired' | 'closed'; seasonName: string; printDeadline: string }
  | { state: 'unknown' };

/**
 * A fresh personal link for one producer and one season; the producer's earlier links stop working.
 * It works until the end of the print deadline's day in the territory's time zone. Only its hash is kept.
 */
export async function issueSeasonLink(tx: EntityManager, link: { seasonId: string; producerId: string; createdBy: string | null }): Promise<string> {
  const { token, hash } = newSecretToken();
  await tx.query(`UPDATE season_links SET revoked_at = now() WHERE season_id = $1 AND producer_id = $2 AND revoked_at IS NULL`, [
    link.seasonId,
    link.producerId,
  ]);
  await tx.query(
    `INSERT INTO season_links (season_id, producer_id, token_hash, expires_at, created_by)
     SELECT s.id, $2, $3, ((s.print_deadline + 1)::timestamp AT TIME ZONE t.time_zone), $4
       FROM seasons s JOIN territories t ON t.id = s.territory_id WHERE s.id = $1`,
    [link.seasonId, link.producerId, hash, link.createdBy],
  );
  return token;
}

export async function readSeasonLink(db: DataSource | EntityManager, token: string): Promise<SeasonLinkState> {
  const [row] = await queryRows<{
    seasonId: string;
    producerId: string;
    territoryId: string;
    expiresAt: Date;
    revoked: boolean;
    expired: boolean;
    closed: boolean;
    seasonName: string;
    printDeadline: string;
  }>(
    db,
    `SELECT l.season_id AS "seasonId", l.producer_id AS "producerId", s.territory_id AS "territoryId", l.expires_at AS "expiresAt",
            l.revoked_at IS NOT NULL AS revoked, l.expires_at <= now() AS expired, s.closed_at IS NOT NULL AS closed,
            s.name AS "seasonName", s.print_deadline::text AS "printDeadline"
       FROM season_links l JOIN seasons s ON s.id = l.season_id WHERE l.token_hash = $1`,
    [hashSecretToken(token)],
  );
  if (!row) return { state: 'unknown' };
  const said = { seasonName: row.seasonName, printDeadline: row.printDeadline };
  if (row.closed) return { state: 'closed', ...said };
  if (row.revoked) return { state: 'revoked', ...said };
  if (row.expired) return { state: 'expired', ...said };
  return { state: 'valid', seasonId: row.seasonId, producerId: row.producerId, territoryId: row.territoryId, expiresAt: row.expiresAt };
}

/** The first and the latest time the producer opened its page. */
export async function recordOpening(db: DataSource | EntityManager, seasonId: string, producerId: string): Promise<void> {
  await db.query(
    `UPDATE season_producers SET first_opened_at = coalesce(first_opened_at, now()), last_opened_at = now() WHERE season_id = $1 AND producer_id = $2`,
    [seasonId, producerId],
  );
}
