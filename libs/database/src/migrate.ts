import type { DataSource } from 'typeorm';
import { underAdvisoryLock } from './advisory-lock.js';

/** Any number; the same for every instance, so that only one migrates at a time. */
const MIGRATION_LOCK = 727_001;

/** Runs pending migrations under an advisory lock: several instances starting at once migrate once. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  return underAdvisoryLock(dataSource, MIGRATION_LOCK, async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  });
}
