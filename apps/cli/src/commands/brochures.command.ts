import { Option, type Command } from 'commander';
import { withExamples } from '../help.js';
import { onDatabase } from '../on-database.js';
import type { BrochuresOptions } from '../tasks/brochures.js';

export function registerBrochures(program: Command): void {
  withExamples(
    program
      .command('brochures')
      .description('every active accommodation’s brochure of a territory, into a folder or a .zip, with a progress bar')
      .requiredOption('--territory <slug>', 'the territory’s slug')
      .requiredOption('--out <folder|file.zip>', 'a folder (made if missing) or a .zip file to write')
      .addOption(new Option('--lang <lang>', 'the brochures’ language').choices(['fr', 'en']).default('fr'))
      .addOption(new Option('--format <format>', 'the page size').choices(['A4', 'A5']).default('A4'))
      .option('--date <YYYY-MM-DD>', 'the offers valid on this day (default: today in the territory’s time zone)')
      .option('--edition <N>', 'printed for this edition of the territory (made in the member pages or the API): every QR code carries ?e=N')
      .option('--booklet', 'pages two-up in saddle-stitch order, ready to fold (A5 pages on A4 sheets)', false)
      .option(
        '--anyway <reason>',
        'while a season is open, print despite the problems the check before printing finds, for this reason (kept in the audit trail)',
      )
      .action(async (options: BrochuresOptions, command: Command) => {
        const { isCalendarDate } = await import('#common');
        if (options.date !== undefined && !isCalendarDate(options.date)) command.error('error: --date is a day written YYYY-MM-DD', { exitCode: 2 });
        if (options.edition !== undefined && !/^[1-9]\d{0,4}$/.test(options.edition))
          command.error('error: --edition is an edition number: 1, 2…', { exitCode: 2 });
        if (options.anyway !== undefined && !options.anyway.trim())
          command.error('error: --anyway needs the reason to print with problems left', { exitCode: 2 });
        await onDatabase(async (app) => (await import('../tasks/brochures.js')).brochuresCommand(app, options));
      }),
    'npm run cli -- brochures --territory gatine --out brochures.zip',
    'npm run cli -- brochures --territory gatine --out brochures/ --lang en --format A5 --booklet',
    'npm run cli -- brochures --territory gatine --out brochures-2027.zip --edition 2',
    'npm run cli -- brochures --territory gatine --out brochures.zip --anyway "the printer closes tomorrow; duplicates fixed by hand"',
  );
}
