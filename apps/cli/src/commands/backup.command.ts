import type { Command } from 'commander';
import { withExamples } from '../help.js';

export function registerBackup(program: Command): void {
  withExamples(
    program
      .command('backup')
      .description('back up the embedded database into one file, whether the app runs or not (with DATABASE_URL: says how to use pg_dump)')
      .option('--out <file.tar.gz>', 'the file to write (default: backups/terroir-<date>T<hhmm>.tar.gz; an existing file is never replaced)')
      .action(async (options: { out?: string }) => {
        const [{ createLogger, loadConfig }, { backupCommand }] = await Promise.all([import('#common'), import('../tasks/backup.js')]);
        process.exitCode = await backupCommand(loadConfig(), createLogger(process.env.LOG_LEVEL ?? 'warn'), options);
      }),
    'npm run cli -- backup',
    'npm run cli -- backup --out /mnt/usb/terroir.tar.gz',
  );
}
