// before any decorated class loads, whichever command loads it
import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { registerBackup } from './commands/backup.command.js';
import { registerBrochures } from './commands/brochures.command.js';
import { registerExport } from './commands/export.command.js';
import { registerImport } from './commands/import.command.js';
import { registerMigrate } from './commands/migrate.command.js';
import { registerRestore } from './commands/restore.command.js';
import { registerSeed } from './commands/seed.command.js';
import { registerUsers } from './commands/users.command.js';

/** A command line typed wrong exits 2 (as shells and the old parser did), a command that fails 1. */
const USAGE_ERROR = 2;

const program = new Command('cli')
  .description('Terroir Pass command line: npm run cli -- <command> [options], or node dist/apps/cli/src/main.js <command> [options]')
  .usage('<command> [options]')
  // set before the commands are added, which inherit them
  .exitOverride()
  .showHelpAfterError('(add --help for the commands, or <command> --help for one command’s options)')
  .addHelpText(
    'after',
    `
The database is DATABASE_URL, or the embedded PostgreSQL in DATA_DIR/pg when it is unset: the one
the running server started if it runs (left running), else one started for the command.
No command takes a password as an argument: users create-admin reads ADMIN_PASSWORD, or asks for it.

Example:
  npm run cli -- import --help`,
  );

registerMigrate(program);
registerSeed(program);
registerUsers(program);
registerBrochures(program);
registerImport(program);
registerExport(program);
registerBackup(program);
registerRestore(program);

/** A configuration or embedded-database problem is a sentence for the operator; anything else keeps its stack. */
async function report(error: unknown): Promise<void> {
  const [{ ConfigError }, { EmbeddedPostgresError }] = await Promise.all([import('#common'), import('#database')]);
  console.error(error instanceof ConfigError || error instanceof EmbeddedPostgresError ? error.message : error);
}

program.parseAsync(process.argv).then(
  () => process.exit(),
  async (error: unknown) => {
    if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : USAGE_ERROR);
    await report(error).catch(() => console.error(error));
    process.exit(1);
  },
);
