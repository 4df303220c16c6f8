import type { INestApplicationContext } from '@nestjs/common';
import type { AppConfig } from '#common';
import { DemoSeeder } from '#demo';

/** `cli seed`: the demo territory into an empty database, refused in production unless forced. */
export async function seedCommand(app: INestApplicationContext, config: AppConfig, options: { force: boolean }): Promise<number> {
  const seeder = app.get(DemoSeeder);
  if (config.nodeEnv === 'production' && !options.force) {
    console.error('Refusing to load demo data with NODE_ENV=production (use --force if you really mean it).');
    return 1;
  }
  if (await seeder.hasDemo()) {
    console.log('The demo territory is already loaded.');
    return 0;
  }
  if (!(await seeder.isEmpty()) && !options.force) {
    console.error('The database already holds territories; use --force to add the demo territory anyway.');
    return 1;
  }
  const summary = await seeder.seed();
  console.log(`Demo territory loaded: ${summary.producers} producers, ${summary.accommodations} accommodations, ${summary.offers} offers.`);
  const { season } = summary;
  if (season)
    console.log(`A simulated season ${season.from} – ${season.to}: ${season.passes} passes, ${season.uses} uses of offers, ${season.scans} page openings.`);
  if (summary.accounts.length > 0) console.log(`Demo accounts (password from DEMO_PASSWORD): ${summary.accounts.join(', ')}`);
  return 0;
}
