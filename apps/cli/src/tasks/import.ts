import { readFile } from 'node:fs/promises';
import type { INestApplicationContext } from '@nestjs/common';
import { Actor } from '#common';
import { listedProblems, SpreadsheetImportService, type SheetKind } from '#directory';
import { progress } from '../progress.js';
import { territoryOf } from '../territory-of.js';

export interface ImportCommandOptions {
  kind: SheetKind;
  territory: string;
  file: string;
  dryRun: boolean;
  allowSimilar?: boolean;
}

/**
 * `cli import producers|accommodations`: the spreadsheet checked row by row, then written in one
 * transaction; every problem printed on a line of its own (row, column, message), exit code 1.
 */
export async function importCommand(app: INestApplicationContext, options: ImportCommandOptions): Promise<number> {
  const territory = await territoryOf(app, options.territory);
  if (!territory) return 1;
  let bytes: Buffer;
  try {
    bytes = await readFile(options.file);
  } catch (error) {
    console.error(`Cannot read ${options.file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const started = Date.now();
  const bars = new Map<string, ReturnType<typeof progress>>();
  const report = await app.get(SpreadsheetImportService).import(options.kind, territory.id, bytes, Actor.system(), {
    dryRun: options.dryRun,
    allowSimilar: options.allowSimilar,
    problems: 'report',
    onProgress: ({ phase, done, total, label }) => {
      if (!bars.has(phase)) {
        if (bars.size > 0) process.stderr.write('\n');
        bars.set(phase, progress(total));
      }
      // about fifty steps per phase, however long the file
      if (done === total || done % Math.max(1, Math.floor(total / 50)) === 0) bars.get(phase)!(done, `${phase === 'check' ? 'checking' : 'writing'} ${label}`);
    },
  });
  if (bars.size > 0) process.stderr.write('\n');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const written =
    report.problems.length > 0
      ? 'nothing written'
      : options.dryRun
        ? 'dry run: nothing written'
        : report.created + report.updated === 0
          ? 'nothing to change'
          : 'written in one transaction';
  const [create, update] = options.dryRun || report.problems.length > 0 ? ['to create', 'to update'] : ['created', 'updated'];
  console.log(
    `${options.file} → ${options.kind} of ${territory.name}: ${report.rows} row(s), ${report.created} ${create}, ${report.updated} ${update}, ${report.unchanged} unchanged (${written}, ${seconds} s)`,
  );
  if (report.warnings.length > 0) console.log(`${report.warnings.length} thing(s) to check:`);
  for (const warning of report.warnings) console.log(`  row ${warning.row}${warning.column === null ? '' : `, ${warning.column}`}: ${warning.message}`);
  if (report.problems.length === 0) return 0;
  const { problems, more } = listedProblems(report);
  console.log(more ? `${problems.length} problem(s) listed, and more from row ${more.row} on (the check stopped there):` : `${problems.length} problem(s):`);
  for (const problem of problems) console.log(`  row ${problem.row}${problem.column === null ? '' : `, ${problem.column}`}: ${problem.message}`);
  if (more) console.log(`  row ${more.row}: ${more.message}`);
  return 1;
}
