import type { Command } from 'commander';
import { registerCreateAdmin } from './create-admin.command.js';
import { registerResetPassword } from './reset-password.command.js';

export function registerUsers(program: Command): void {
  const users = program.command('users').description('people’s accounts: the platform admin, password resets');
  registerCreateAdmin(users);
  registerResetPassword(users);
}
