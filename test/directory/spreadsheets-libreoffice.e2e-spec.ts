import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoSeeder } from '#demo';
import { binary } from '../support/binary.js';
import { FRENCH_CSV_IN, FRENCH_CSV_OUT, hasSoffice, throughLibreOffice } from '../support/libreoffice.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const KINDS = ['producers', 'accommodations'] as const;

/**
 * The demo territory's spreadsheets opened in LibreOffice Calc with French settings and saved
 * again without an edit, then imported back: nothing changed. The values are those a spreadsheet
 * re-types (references 0042, 1E5, 12/3, 007; phones +33…, 0…; hours 24/7; a description 1/2, one
 * with the CRLF line breaks a form sends).
 */
describe.skipIf(!hasSoffice)('spreadsheets that survive LibreOffice Calc', () => {
  let t: TestApp;
  let territoryId: string;
  const seconds: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp();
    // the directory of the demo territory, without its simulated season (which these files do not hold)
    territoryId = (await t.app.get(DemoSeeder).seed(new Date(), { season: false })).territoryId;
    const list = async (kind: (typeof KINDS)[number]) =>
      (await t.http().get(`/api/v1/${kind}?territoryId=${territoryId}&limit=5`).expect(200)).body.items as { id: string }[];
    const [producers, accommodations] = [await list('producers'), await list('accommodations')];
    const patch = async (kind: (typeof KINDS)[number], id: string, body: object) => {
      const response = await t.http().patch(`/api/v1/${kind}/${id}`).send(body);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
    };
    await patch('producers', producers[0].id, {
      externalRef: '0042',
      phone: '+33549632715',
      openingHours: '24/7',
      description: { fr: '1/2', en: 'Half' },
    });
    await patch('producers', producers[1].id, { externalRef: '1E5', phone: '0549632715', description: { fr: 'Première ligne\r\nDeuxième ligne' } });
    await patch('producers', producers[2].id, { externalRef: '12/3' });
    await patch('accommodations', accommodations[0].id, { externalRef: '007', phone: '0549632715', description: { fr: '1/2' } });
  });
  afterAll(() => t?.close());

  const exported = async (kind: string, format: 'xlsx' | 'csv') => {
    const response = await t.http().get(`/api/v1/territories/${territoryId}/exports/${kind}.csv?format=${format}`).buffer(true).parse(binary).expect(200);
    return response.body as Buffer;
  };
  const dryRun = async (kind: string, file: Buffer, contentType: string) => {
    const response = await t.http().post(`/api/v1/territories/${territoryId}/imports/${kind}?dryRun=true`).set('content-type', contentType).send(file);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as { rows: number; created: number; updated: number; unchanged: number; problems: unknown[] };
  };
  const timed = async <T>(label: string, work: () => Promise<T>) => {
    const started = Date.now();
    const result = await work();
    seconds[label] = (Date.now() - started) / 1000;
    return result;
  };
  const nothingChanged = (report: Awaited<ReturnType<typeof dryRun>>) => {
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: report.rows });
    expect(report.rows).toBeGreaterThan(0);
  };

  /** Both formats through LibreOffice side by side (each soffice under a profile of its own): its start is most of the time. */
  const savedAgain = {} as Record<'xlsx' | 'csv', Promise<Buffer[]>>;
  beforeAll(() => {
    const files = (format: 'xlsx' | 'csv') => Promise.all(KINDS.map(async (kind) => ({ name: `${kind}.${format}`, bytes: await exported(kind, format) })));
    savedAgain.xlsx = files('xlsx').then((xlsx) => timed('xlsx', () => throughLibreOffice(xlsx, 'xlsx')));
    savedAgain.csv = files('csv').then((csv) => timed('csv', () => throughLibreOffice(csv, `csv:${FRENCH_CSV_OUT}`, { infilter: FRENCH_CSV_IN })));
    // each test awaits its own; a failure is reported there
    for (const saved of Object.values(savedAgain)) saved.catch(() => undefined);
  });

  it('an .xlsx export opened and saved in LibreOffice imports back with nothing changed', async () => {
    const saved = await savedAgain.xlsx;
    for (const [i, kind] of KINDS.entries()) nothingChanged(await dryRun(kind, saved[i], XLSX));
  });

  it('a CSV export opened with quoted fields as text, and saved again as French CSV, imports back with nothing changed', async () => {
    const saved = await savedAgain.csv;
    // LibreOffice wrote it again: no byte-order mark, LF line ends, its own quoting
    expect(saved[0].subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(saved[0].toString('utf8')).toContain('\n0042;');
    for (const [i, kind] of KINDS.entries()) nothingChanged(await dryRun(kind, saved[i], 'text/csv'));
    // soffice's start dominates: keep the file under ~20 s
    console.info(`LibreOffice round trips: ${JSON.stringify(seconds)} s`);
  });
});
