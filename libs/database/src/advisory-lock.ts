import type { DataSource } from 'typeorm';

/**
 * `work` while this session holds PostgreSQL's advisory lock `lock`: instances doing the same
 * at once (starting together behind a load balancer) take turns, each finding what the one before did.
 */
export async function underAdvisoryLock<T>(dataSource: DataSource, lock: number, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [lock]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [lock]).catch(() => undefined);
    await runner.release();
  }
}
