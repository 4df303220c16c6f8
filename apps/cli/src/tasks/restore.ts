import { join } from 'node:path';
import type { Logger } from 'pino';
import type { AppConfig } from '#common';
import { restoreEmbeddedDatabase } from '#database';
import { DATABASE_URL_BACKUPS, reportProblems, shown } from '../embedded-backups.js';

export function restoreCommand(config: AppConfig, logger: Logger, options: { file?: string }): Promise<number> {
  if (config.databaseUrl) {
    console.error(DATABASE_URL_BACKUPS);
    return Promise.resolve(1);
  }
  const { file } = options;
  if (!file) {
    console.error('Which backup? cli restore FILE (e.g. backups/terroir-2026-11-30T0810.tar.gz)');
    return Promise.resolve(2);
  }
  return reportProblems(async () => {
    const dataDir = join(config.dataDir, 'pg');
    const restored = await restoreEmbeddedDatabase({ archive: file, dataDir, port: config.embeddedPostgresPort, logger });
    console.log(`Restored ${shown(dataDir)} from ${file}${restored.takenAt ? ` (taken ${restored.takenAt})` : ''}: it starts, ${restored.tables} tables.`);
    if (restored.previous) console.log(`The database as it was is kept in ${shown(restored.previous)}: delete that folder once you no longer need it.`);
    console.log('Start the app as usual (npm start).');
    return 0;
  });
}
