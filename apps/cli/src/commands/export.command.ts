import { Argument, Option, type Command } from 'commander';
import type { SheetKind } from '#directory';
import { withExamples } from '../help.js';
import { onDatabase } from '../on-database.js';

export function registerExport(program: Command): void {
  withExamples(
    program
      .command('export')
      .description('write a territory’s records as CSV, with the columns the import reads')
      .addArgument(new Argument('<kind>', 'what to write').choices(['producers', 'accommodations']))
      .requiredOption('--territory <id|slug>', 'the territory, by id or slug')
      .option('--out <file.csv>', 'where to write (default: producteurs-SLUG.csv or hebergements-SLUG.csv here)')
      .addOption(
        new Option('--delimiter <delimiter>', 'semicolons and a BOM, as French Excel reads; or commas').choices(['semicolon', 'comma']).default('semicolon'),
      )
      .action((kind: SheetKind, options: { territory: string; out?: string; delimiter: 'semicolon' | 'comma' }) => {
        const delimiter = options.delimiter === 'comma' ? ',' : ';';
        return onDatabase(async (app) =>
          (await import('../tasks/export.js')).exportCommand(app, { kind, territory: options.territory, out: options.out, delimiter }),
        );
      }),
    'npm run cli -- export producers --territory gatine --out producteurs.csv',
    'npm run cli -- export accommodations --territory gatine --delimiter comma',
  );
}
