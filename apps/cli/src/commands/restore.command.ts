import { Option, type Command } from 'commander';
import { withExamples } from '../help.js';

export function registerRestore(program: Command): void {
  withExamples(
    program
      .command('restore')
      .description('put a backup in place of the embedded database: the app stopped; the current data is kept aside in .data/pg.before-restore-<date>')
      .argument('[file]', 'the backup, as `cli backup` wrote it')
      // the command line before commander read the file from --file too
      .addOption(new Option('--file <file>').hideHelp())
      .action(async (file: string | undefined, options: { file?: string }) => {
        const [{ createLogger, loadConfig }, { restoreCommand }] = await Promise.all([import('#common'), import('../tasks/restore.js')]);
        process.exitCode = await restoreCommand(loadConfig(), createLogger(process.env.LOG_LEVEL ?? 'warn'), { file: file ?? options.file });
      }),
    'npm run cli -- restore backups/terroir-2026-11-30T0810.tar.gz',
  );
}
