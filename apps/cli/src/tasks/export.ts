import { writeFile } from 'node:fs/promises';
import type { INestApplicationContext } from '@nestjs/common';
import { Actor } from '#common';
import { SpreadsheetExportService, type SheetKind, type SpreadsheetFormat } from '#directory';
import { progress } from '../progress.js';
import { territoryOf } from '../territory-of.js';

export interface ExportCommandOptions {
  kind: SheetKind;
  territory: string;
  out?: string;
  delimiter: ',' | ';';
  format?: SpreadsheetFormat;
}

/** `cli export producers|accommodations`: the territory's records with the columns the import reads, as CSV or .xlsx. */
export async function exportCommand(app: INestApplicationContext, options: ExportCommandOptions): Promise<number> {
  const territory = await territoryOf(app, options.territory);
  if (!territory) return 1;
  const file = await app
    .get(SpreadsheetExportService)
    .export(options.kind, territory.id, Actor.system(), { delimiter: options.delimiter, format: options.format });
  const out = options.out ?? file.filename;
  const show = progress(1);
  show(0, out);
  await writeFile(out, file.body);
  show(1, out);
  process.stderr.write('\n');
  console.log(`${file.records} ${options.kind} of ${territory.name} written to ${out} (${(Buffer.byteLength(file.body) / 1024).toFixed(1)} KB)`);
  return 0;
}
