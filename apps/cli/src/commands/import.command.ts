import { Argument, type Command } from 'commander';
import type { SheetKind } from '#directory';
import { withExamples } from '../help.js';
import { onDatabase } from '../on-database.js';

export function registerImport(program: Command): void {
  withExamples(
    program
      .command('import')
      .description(
        'create or update a territory’s records from a spreadsheet, .xlsx or CSV (matched on reference, else name + postcode): every problem printed, ' +
          'nothing written unless there is none (exit code 1 with problems)',
      )
      .addArgument(new Argument('<kind>', 'what the spreadsheet lists').choices(['producers', 'accommodations']))
      .requiredOption('--territory <id|slug>', 'the territory, by id or slug')
      .requiredOption('--file <file>', 'the spreadsheet: an .xlsx workbook (its first sheet) or CSV (comma or semicolon separated), as exported')
      .option('--dry-run', 'check every row and say what would change, writing nothing', false)
      .option('--allow-similar', 'rows named like another place (same name up to accents and punctuation, same postcode) are other places', false)
      .action((kind: SheetKind, options: { territory: string; file: string; dryRun: boolean; allowSimilar: boolean }) =>
        onDatabase(async (app) => (await import('../tasks/import.js')).importCommand(app, { kind, ...options })),
      ),
    'npm run cli -- import producers --territory gatine --file producteurs.xlsx --dry-run',
    'npm run cli -- import accommodations --territory gatine --file hebergements.csv',
  );
}
