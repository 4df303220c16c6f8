import type { Command } from 'commander';
import { withExamples } from '../help.js';
import { onDatabase } from '../on-database.js';

export function registerResetPassword(users: Command): void {
  withExamples(
    users
      .command('reset-password')
      .description('make a single-use password-reset link for a person: printed, or e-mailed when SMTP_URL is set')
      .requiredOption('--email <email>', 'the person’s e-mail address')
      .action((options: { email: string }) => onDatabase(async (app) => (await import('../tasks/reset-password.js')).resetPasswordCommand(app, options))),
    'npm run cli -- users reset-password --email someone@example.org',
  );
}
