import 'reflect-metadata';
import { constants } from 'node:os';
import { parseArgs } from 'node:util';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConfigError, createLogger, isCalendarDate, loadConfig, PinoNestLogger } from '#common';
import { backupCommand, restoreCommand } from './backup.command.js';
import { brochuresCommand } from './brochures.command.js';
import { exportCommand, importCommand } from './spreadsheets.command.js';
import { EmbeddedPostgresError, openDatabaseServer, runMigrations, type RunningDatabase } from '#database';
import { DemoSeeder } from '#demo';
import { MailOutbox, PasswordResetService, UsersService } from '#accounts';
import { CliModule } from './cli.module.js';

const USAGE = `Terroir Pass command line

  cli migrate              apply pending database migrations
  cli seed [--force]       load the demo territory (--force: even if the database already holds territories)
  cli users create-admin --email E [--password P]
                           create the platform admin (or make E one); the password may
                           also come from ADMIN_PASSWORD, which keeps it out of shell history
  cli brochures --territory SLUG --out FOLDER|FILE.zip [--lang fr|en] [--format A4|A5] [--date YYYY-MM-DD] [--booklet]
                           every accommodation's brochure of a territory, with a progress bar
  cli users reset-password --email E
                           print a single-use password-reset link for E
  cli import producers|accommodations --territory ID|SLUG --file F.csv [--dry-run]
                           create or update a territory's records from a CSV spreadsheet (matched on
                           reference, else name + postcode): every problem printed, nothing written
                           unless there is none (exit code 1 with problems)
  cli export producers|accommodations --territory ID|SLUG [--out F.csv] [--delimiter comma]
                           write them as CSV (semicolons and a BOM by default, as French Excel reads)
  cli backup [--out F.tar.gz]
                           back up the embedded database into one file (default backups/terroir-<date>T<time>.tar.gz),
                           whether the app runs or not
  cli restore F.tar.gz     put a backup in place of the embedded database (the app stopped; the current data is kept aside)

The database is DATABASE_URL, or the embedded PostgreSQL in DATA_DIR/pg when it is unset: the one
the running server started if it runs (left running), else one started for the command.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      out: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      territory: { type: 'string' },
      lang: { type: 'string', default: 'fr' },
      format: { type: 'string', default: 'A4' },
      date: { type: 'string' },
      file: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      booklet: { type: 'boolean', default: false },
      delimiter: { type: 'string', default: 'semicolon' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, subcommand] = positionals;
  const known =
    ['migrate', 'seed', 'brochures', 'backup', 'restore'].includes(command) ||
    (command === 'users' && ['create-admin', 'reset-password'].includes(subcommand)) ||
    (['import', 'export'].includes(command) && ['producers', 'accommodations'].includes(subcommand));
  if (values.help || command === undefined || !known) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  if (command === 'backup') return backupCommand(config, logger, { out: values.out });
  if (command === 'restore') return restoreCommand(config, logger, { file: subcommand ?? values.file });
  const database = await openDatabaseServer(config, logger, { shareRunning: true });
  if (database.sharedWith) {
    console.error(
      `Using the embedded PostgreSQL the running server started (pid ${database.sharedWith.pid}, port ${database.sharedWith.port}); it keeps running.`,
    );
  } else {
    stopDatabaseOnSignals(database);
  }
  try {
    const app = await NestFactory.createApplicationContext(CliModule.forRoot(config, database.url), { logger: new PinoNestLogger(logger) });
    try {
      const applied = await runMigrations(app.get<DataSource>(getDataSourceToken()));
      console.log(applied.length === 0 ? 'Database schema is up to date.' : `Applied migrations: ${applied.join(', ')}`);
      if (command === 'brochures') {
        const problems = [
          !values.territory && '--territory is required',
          values.out === undefined && '--out FOLDER or --out FILE.zip is required',
          !['fr', 'en'].includes(values.lang) && '--lang must be fr or en',
          !['A4', 'A5'].includes(values.format) && '--format must be A4 or A5',
          values.date !== undefined && !isCalendarDate(values.date) && '--date must be YYYY-MM-DD',
        ].filter(Boolean);
        if (problems.length > 0) {
          console.error(problems.join('\n'));
          return 2;
        }
        return await brochuresCommand(app, {
          territory: values.territory!,
          out: values.out!,
          lang: values.lang as 'fr' | 'en',
          format: values.format as 'A4' | 'A5',
          date: values.date,
          booklet: values.booklet,
        });
      }
      if (command === 'import' || command === 'export') {
        const kind = subcommand as 'producers' | 'accommodations';
        const problems = [
          !values.territory && '--territory is required',
          command === 'import' && !values.file && '--file is required',
          !['semicolon', 'comma'].includes(values.delimiter) && '--delimiter must be semicolon or comma',
        ].filter(Boolean);
        if (problems.length > 0) {
          console.error(problems.join('\n'));
          return 2;
        }
        if (command === 'import') return await importCommand(app, { kind, territory: values.territory!, file: values.file!, dryRun: values['dry-run'] });
        const out = values.out;
        return await exportCommand(app, { kind, territory: values.territory!, out, delimiter: values.delimiter === 'comma' ? ',' : ';' });
      }
      if (command === 'users') return await users(app, subcommand, values.email, values.password ?? process.env.ADMIN_PASSWORD);
      if (command === 'seed') {
        const seeder = app.get(DemoSeeder);
        if (config.nodeEnv === 'production' && !values.force) {
          console.error('Refusing to load demo data with NODE_ENV=production (use --force if you really mean it).');
          return 1;
        }
        if (await seeder.hasDemo()) {
          console.log('The demo territory is already loaded.');
        } else if (!(await seeder.isEmpty()) && !values.force) {
          console.error('The database already holds territories; use --force to add the demo territory anyway.');
          return 1;
        } else {
          const summary = await seeder.seed();
          console.log(`Demo territory loaded: ${summary.producers} producers, ${summary.accommodations} accommodations, ${summary.offers} offers.`);
          console.log(
            `A simulated season ${summary.season.from} – ${summary.season.to}: ${summary.season.passes} passes, ${summary.season.uses} uses of offers, ${summary.season.scans} page openings.`,
          );
          if (summary.accounts.length > 0) console.log(`Demo accounts (password from DEMO_PASSWORD): ${summary.accounts.join(', ')}`);
        }
      }
      return 0;
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

/** A server this command started stops with it, even when the command is interrupted. */
function stopDatabaseOnSignals(database: RunningDatabase): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.error(`${signal}: stopping the embedded PostgreSQL`);
      void database.stop().finally(() => process.exit(128 + constants.signals[signal]));
    });
  }
}

async function users(app: INestApplicationContext, subcommand: string, email: string | undefined, password: string | undefined): Promise<number> {
  if (!email) {
    console.error('--email is required');
    return 2;
  }
  if (subcommand === 'create-admin') {
    if (!password || password.length < 10) {
      console.error('A password of at least 10 characters is required (--password or ADMIN_PASSWORD)');
      return 2;
    }
    const { created } = await app.get(UsersService).createAdmin(email, password);
    console.log(created ? `Platform admin ${email} created.` : `${email} is now a platform admin, with the new password.`);
    return 0;
  }
  const link = await app.get(PasswordResetService).linkForEmail(email);
  if (!link) {
    console.error(`No account for ${email}`);
    return 1;
  }
  if (!link.mailed) {
    console.log(`Password-reset link for ${email} (single use, until ${link.expiresAt.toISOString()}):\n${link.url}`);
    return 0;
  }
  // The link waits in the mail outbox; this short-lived process sends it now if the mail server answers.
  const sent = await app.get(MailOutbox).deliverDue();
  console.log(
    sent > 0
      ? `A reset link was e-mailed to ${email}.`
      : `The mail server did not take the reset link for ${email} now: it waits in the mail outbox, and a running API retries it (docs/operations.md).`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError || error instanceof EmbeddedPostgresError ? error.message : error);
    process.exit(1);
  },
);
