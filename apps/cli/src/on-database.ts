import type { INestApplicationContext } from '@nestjs/common';
import type { AppConfig } from '#common';

/**
 * Runs a command's work on the migrated database, its answer the exit code. Nest and the domain are
 * loaded only here, when a command runs: `--help` and a mistyped command line answer without them
 * (a quarter of a second instead of three).
 */
export async function onDatabase(work: (app: INestApplicationContext, config: AppConfig) => Promise<number>): Promise<void> {
  const { withAppContext } = await import('./database-context.js');
  process.exitCode = await withAppContext(work);
}
