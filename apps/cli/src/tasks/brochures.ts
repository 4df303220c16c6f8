import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import yazl from 'yazl';
import { Actor, apiErrorOf } from '#common';
import { AccommodationQueryDto, AccommodationsService, TerritoriesService } from '#directory';
import { BrochuresService, PRINT_CHECK_TEXTS, PrintGate, PrintProblemsFound, whyItMatters, type BrochureQueryDto } from '#printing';
import { progress } from '../progress.js';

export interface BrochuresOptions {
  territory: string;
  out: string;
  lang: 'fr' | 'en';
  format: 'A4' | 'A5';
  date?: string;
  /** The edition printed (its number, as typed): every QR code carries ?e=N. */
  edition?: string;
  /** Pages two-up in saddle-stitch order, ready to fold (A5 pages on A4 sheets). */
  booklet?: boolean;
  /** The reason to print while a season is open and the check before printing finds problems (kept in the audit trail). */
  anyway?: string;
}

/**
 * Every accommodation's brochure of a territory, into a folder or a .zip: a record that fails is
 * reported and skipped, the others are made.
 */
export async function brochuresCommand(app: INestApplicationContext, options: BrochuresOptions): Promise<number> {
  const system = Actor.system();
  const territories = app.get(TerritoriesService);
  const territory = await territories.getBySlug(options.territory).catch(() => undefined);
  if (!territory) {
    console.error(`No territory with slug "${options.territory}"`);
    return 1;
  }
  if (!(await checkedBeforePrinting(app, territory.id, options.anyway))) return 1;
  const edition = options.edition === undefined ? undefined : Number(options.edition);
  try {
    await app.get(BrochuresService).checkEdition(territory.id, edition);
  } catch (error) {
    const said = apiErrorOf(error);
    console.error(said.errors?.[0]?.message ?? said.message);
    return 1;
  }
  const accommodations = [];
  for (let page = 1; ; page++) {
    const query = Object.assign(new AccommodationQueryDto(), { territoryId: territory.id, status: 'active', page, limit: 100 });
    const batch = await app.get(AccommodationsService).list(query, system);
    accommodations.push(...batch.items);
    if (accommodations.length >= batch.total || batch.items.length === 0) break;
  }
  const zip = options.out.endsWith('.zip') ? new yazl.ZipFile() : undefined;
  const zipDone = zip
    ? new Promise<void>((resolve, reject) => zip.outputStream.pipe(createWriteStream(options.out)).on('close', resolve).on('error', reject))
    : undefined;
  if (!zip) await mkdir(options.out, { recursive: true });

  const query = {
    lang: options.lang,
    format: options.format,
    date: options.date,
    edition,
    ...(options.booklet ? { imposition: 'booklet' } : {}),
  } as BrochureQueryDto;
  const brochures = app.get(BrochuresService);
  const show = progress(accommodations.length);
  const failures: string[] = [];
  let made = 0;
  let bytes = 0;
  const started = Date.now();
  show(0, '');
  for (const [i, accommodation] of accommodations.entries()) {
    try {
      const file = await brochures.accommodationBrochure(accommodation.id, query, system);
      const body = await file.body();
      if (zip) zip.addBuffer(body, file.filename);
      else await writeFile(join(options.out, file.filename), body);
      made++;
      bytes += body.length;
    } catch (error) {
      failures.push(`${accommodation.name} (${accommodation.code}): ${error instanceof Error ? error.message : String(error)}`);
    }
    show(i + 1, accommodation.name);
  }
  if (zip) {
    zip.end();
    await zipDone;
  }
  process.stderr.write('\n');
  console.log(
    `${made} brochure(s) of ${territory.name} written to ${options.out} (${(bytes / 1024 / 1024).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (failures.length > 0) {
    console.log(`${failures.length} failed:`);
    for (const failure of failures) console.log(`  - ${failure}`);
  }
  return made > 0 || accommodations.length === 0 ? 0 : 1;
}

/** The check before printing (PrintGate): its problems said and false when they stop the run. */
async function checkedBeforePrinting(app: INestApplicationContext, territoryId: string, anyway: string | undefined): Promise<boolean> {
  try {
    await app.get(PrintGate).clear(territoryId, Actor.system(), anyway);
    return true;
  } catch (error) {
    if (!(error instanceof PrintProblemsFound)) throw error;
    const t = PRINT_CHECK_TEXTS.en;
    console.error(`${error.check.problems.length} problem(s) to fix before printing for the season "${error.check.season.name}":`);
    for (const problem of error.check.problems)
      console.error(`  - ${t.record[problem.record.kind]} "${problem.record.name}", ${problem.field}: ${whyItMatters(problem, 'en')} (${problem.fixPath})`);
    console.error('Fix them, or print anyway with --anyway "<reason>" (kept in the audit trail).');
    return false;
  }
}
