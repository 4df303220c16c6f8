import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { AppConfig } from '#common';
import { runMigrations } from '#database';
import { DigestScheduler } from '#association';
import { DemoSeeder } from '#demo';

/** Brings the schema up to date and, on an empty database where allowed, loads the demo territory. */
export async function prepareDatabase(app: INestApplicationContext, config: AppConfig, logger: Logger): Promise<void> {
  const applied = await runMigrations(app.get<DataSource>(getDataSourceToken()));
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  if (!config.seedDemo) return;
  const seeder = app.get(DemoSeeder);
  if (await seeder.isEmpty()) {
    const summary = await seeder.seed();
    // the demo members' Messages at once: the digest and offers ending the first look of the day makes of the simulated season
    const scheduled = await app.get(DigestScheduler).runDue();
    logger.info({ ...summary, ...scheduled }, 'demo territory loaded');
  }
}
