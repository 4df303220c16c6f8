import type { EntityManager } from 'typeorm';
import { queryRows } from '#database';

export type ScheduledJob = 'offers_ending' | 'weekly_digest';

/**
 * Claims the sends of `keys` inside the transaction that sends them: the row per job and key is
 * unique, so an instance claiming the same key at the same time waits for this transaction and
 * then finds it taken (or free again, if this one rolled back). Answers the keys this one got.
 * Keys are claimed in one sorted statement, so two instances never wait on each other in a circle.
 */
export async function claimSends(tx: EntityManager, job: ScheduledJob, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const claimed = await queryRows<{ key: string }>(
    tx,
    `INSERT INTO scheduled_sends (job, key) SELECT $1, k FROM unnest($2::text[]) AS k ORDER BY k ON CONFLICT DO NOTHING RETURNING key`,
    [job, [...new Set(keys)].sort()],
  );
  return new Set(claimed.map((row) => row.key));
}
