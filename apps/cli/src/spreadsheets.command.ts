import { readFile, writeFile } from 'node:fs/promises';
import type { INestApplicationContext } from '@nestjs/common';
import { Actor } from '#common';
import { listedProblems, SpreadsheetExportService, SpreadsheetImportService, TerritoriesService, type SheetKind, type Territory } from '#directory';
import { progress } from './brochures.command.js';

export interface ImportCommandOptions {
  kind: SheetKind;
  territory: string;
  file: string;
  dryRun: boolean;
}

export interface ExportCommandOptions {
  kind: SheetKind;
  territory: string;
  out?: string;
  delimiter: ',' | ';';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The territory by id or by slug, or a message on stderr. */
async function territoryOf(app: INestApplicationContext, idOrSlug: string): Promise<Territory | undefined> {
  const territories = app.get(TerritoriesService);
  const territory = await (UUID.test(idOrSlug) ? territories.get(idOrSlug) : territories.getBySlug(idOrSlug)).catch(() => undefined);
  if (!territory) console.error(`No territory with id or slug "${idOrSlug}"`);
  return territory;
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
  if (report.problems.length === 0) return 0;
  const { problems, more } = listedProblems(report);
  console.log(more ? `${problems.length} problem(s) listed, and more from row ${more.row} on (the check stopped there):` : `${problems.length} problem(s):`);
  for (const problem of problems) console.log(`  row ${problem.row}${problem.column === null ? '' : `, ${problem.column}`}: ${problem.message}`);
  if (more) console.log(`  row ${more.row}: ${more.message}`);
  return 1;
}

/** `cli export producers|accommodations`: the territory's records with the columns the import reads. */
export async function exportCommand(app: INestApplicationContext, options: ExportCommandOptions): Promise<number> {
  const territory = await territoryOf(app, options.territory);
  if (!territory) return 1;
  const file = await app.get(SpreadsheetExportService).export(options.kind, territory.id, Actor.system(), { delimiter: options.delimiter });
  const out = options.out ?? file.filename;
  const show = progress(1);
  show(0, out);
  await writeFile(out, file.body);
  show(1, out);
  process.stderr.write('\n');
  console.log(`${file.records} ${options.kind} of ${territory.name} written to ${out} (${(Buffer.byteLength(file.body) / 1024).toFixed(1)} KB)`);
  return 0;
}
