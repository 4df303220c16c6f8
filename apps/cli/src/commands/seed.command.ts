import type { Command } from 'commander';
import { withExamples } from '../help.js';
import { onDatabase } from '../on-database.js';

export function registerSeed(program: Command): void {
  withExamples(
    program
      .command('seed')
      .description('load the demo territory, its accounts and a simulated past season')
      .option('--force', 'load it even with NODE_ENV=production, or when the database already holds territories', false)
      .action((options: { force: boolean }) => onDatabase(async (app, config) => (await import('../tasks/seed.js')).seedCommand(app, config, options))),
    'npm run cli -- seed',
    'NODE_ENV=production npm run cli -- seed --force',
  );
}
