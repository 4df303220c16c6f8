import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { AppConfig } from '#common';
import { runMigrations, underAdvisoryLock } from '#database';
import { DigestScheduler } from '#association';
import { DemoSeeder } from '#demo';

/** Any number: instances starting at once on an empty database load the demo once, the others find it there. */
const DEMO_LOCK = 727_002;

/** Brings the schema up to date and, on an empty database where allowed, loads the demo territory. */
export async function prepareDatabase(app: INestApplicationContext, config: AppConfig, logger: Logger): Promise<void> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const applied = await runMigrations(dataSource);
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  if (!config.seedDemo) return;
  await underAdvisoryLock(dataSource, DEMO_LOCK, () => seedDemo(app, logger));
}

async function seedDemo(app: INestApplicationContext, logger: Logger): Promise<void> {
  const seeder = app.get(DemoSeeder);
  if (await seeder.isEmpty()) {
    const summary = await seeder.seed();
    // the demo members' Messages at once: the digest and offers ending the first look of the day makes of the simulated season
    const scheduled = await app.get(DigestScheduler).runDue();
    logger.info({ ...summary, ...scheduled }, 'demo territory loaded');
  }
}
