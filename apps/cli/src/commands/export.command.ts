import { Argument, Option, type Command } from 'commander';
import type { SheetKind, SpreadsheetFormat } from '#directory';
import { withExamples } from '../help.js';
import { onDatabase } from '../on-database.js';

export function registerExport(program: Command): void {
  withExamples(
    program
      .command('export')
      .description('write a territory’s records as an Excel workbook (.xlsx, typed cells) or CSV, with the columns the import reads')
      .addArgument(new Argument('<kind>', 'what to write').choices(['producers', 'accommodations']))
      .requiredOption('--territory <id|slug>', 'the territory, by id or slug')
      .option('--out <file>', 'where to write (default: producteurs-SLUG.csv or hebergements-SLUG.csv here, .xlsx with --format xlsx)')
      .addOption(
        new Option(
          '--format <format>',
          'csv, or xlsx: a workbook whose texts (0042, +33…, 24/7) stay texts in any spreadsheet application (default: from --out, else csv)',
        ).choices(['csv', 'xlsx']),
      )
      .addOption(
        new Option('--delimiter <delimiter>', 'CSV: semicolons and a BOM, as French Excel reads; or commas')
          .choices(['semicolon', 'comma'])
          .default('semicolon'),
      )
      .action((kind: SheetKind, options: { territory: string; out?: string; format?: SpreadsheetFormat; delimiter: 'semicolon' | 'comma' }) => {
        const delimiter = options.delimiter === 'comma' ? ',' : ';';
        const format = options.format ?? (options.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
        return onDatabase(async (app) =>
          (await import('../tasks/export.js')).exportCommand(app, { kind, territory: options.territory, out: options.out, delimiter, format }),
        );
      }),
    'npm run cli -- export producers --territory gatine --out producteurs.xlsx',
    'npm run cli -- export producers --territory gatine --out producteurs.csv',
    'npm run cli -- export accommodations --territory gatine --delimiter comma',
  );
}
