import type { INestApplicationContext } from '@nestjs/common';
import { UsersService } from '#accounts';

/** `cli users create-admin`, its password already read. */
export async function createAdminCommand(app: INestApplicationContext, options: { email: string; password: string }): Promise<number> {
  const { created } = await app.get(UsersService).createAdmin(options.email, options.password);
  console.log(created ? `Platform admin ${options.email} created.` : `${options.email} is now a platform admin, with the new password.`);
  return 0;
}
