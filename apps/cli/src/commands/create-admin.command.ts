import { Option, type Command } from 'commander';
import { withExamples } from '../help.js';
import { onDatabase } from '../on-database.js';
import { PASSWORD_VARIABLE, PasswordPromptFailed, readNewPassword } from '../read-password.js';

const MIN_LENGTH = 10;

const NO_PASSWORD_FLAG = `error: --password is refused: a password on the command line stays in the shell's history and shows in ps.
Set ${PASSWORD_VARIABLE} in the environment, or run the command in a terminal and type it at the prompt.`;

/** The new password from the environment or the terminal, or the command ends with a usage error. */
async function passwordFor(command: Command): Promise<string> {
  const password = await readNewPassword(process.env[PASSWORD_VARIABLE]).catch((error: unknown) => {
    if (error instanceof PasswordPromptFailed) command.error(`error: ${error.message}`, { exitCode: 2 });
    throw error;
  });
  if (!password || password.length < MIN_LENGTH) {
    command.error(
      `error: a password of at least ${MIN_LENGTH} characters is required: set ${PASSWORD_VARIABLE}, or run the command in a terminal to type it.`,
      {
        exitCode: 2,
      },
    );
  }
  return password;
}

export function registerCreateAdmin(users: Command): void {
  withExamples(
    users
      .command('create-admin')
      .description(
        `create the platform admin, or make an existing person one (with the new password); the password comes from ${PASSWORD_VARIABLE}, ` +
          `else from a hidden prompt when run in a terminal`,
      )
      .requiredOption('--email <email>', 'the admin’s e-mail address')
      // declared so that it is refused with the reason, rather than as an unknown option
      .addOption(new Option('--password <password>').hideHelp())
      .action(async (options: { email: string; password?: string }, command: Command) => {
        if (options.password !== undefined) command.error(NO_PASSWORD_FLAG, { exitCode: 2 });
        const password = await passwordFor(command);
        await onDatabase(async (app) => (await import('../tasks/create-admin.js')).createAdminCommand(app, { email: options.email, password }));
      }),
    `${PASSWORD_VARIABLE}=… npm run cli -- users create-admin --email you@example.org`,
    'npm run cli -- users create-admin --email you@example.org      (in a terminal: asks for the password twice, not shown)',
  );
}
