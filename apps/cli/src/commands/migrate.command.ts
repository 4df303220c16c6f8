import type { Command } from 'commander';
import { withExamples } from '../help.js';
import { onDatabase } from '../on-database.js';

export function registerMigrate(program: Command): void {
  withExamples(
    program
      .command('migrate')
      .description('apply pending database migrations (the API also does at start, under an advisory lock)')
      // opening the database migrates it: nothing else to do
      .action(() => onDatabase(() => Promise.resolve(0))),
    'npm run cli -- migrate',
  );
}
