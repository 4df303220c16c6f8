import { join } from 'node:path';
import type { Logger } from 'pino';
import type { AppConfig } from '#common';
import { backupEmbeddedDatabase } from '#database';
import { DATABASE_URL_BACKUPS, reportProblems, shown } from '../embedded-backups.js';

export function backupCommand(config: AppConfig, logger: Logger, options: { out?: string }): Promise<number> {
  if (config.databaseUrl) {
    console.error(DATABASE_URL_BACKUPS);
    return Promise.resolve(1);
  }
  return reportProblems(async () => {
    const startedAt = Date.now();
    const backup = await backupEmbeddedDatabase({ dataDir: join(config.dataDir, 'pg'), port: config.embeddedPostgresPort, out: options.out, logger });
    const megabytes = (backup.bytes / 1_048_576).toFixed(1);
    console.log(
      `Backup written to ${shown(backup.file)} (${megabytes} MB, ${((Date.now() - startedAt) / 1000).toFixed(1)} s, ` +
        `${backup.serverWasRunning ? 'taken while the app was running' : 'the database was started for it and stopped again'}).`,
    );
    console.log(`Restore it with: npm run cli -- restore ${shown(backup.file)}`);
    return 0;
  });
}
