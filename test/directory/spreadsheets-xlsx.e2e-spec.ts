import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportCommand } from '../../apps/cli/src/tasks/export.js';
import { importCommand } from '../../apps/cli/src/tasks/import.js';
import { binary } from '../support/binary.js';
import { factories } from '../support/factories.js';
import { csrfOf, signedInAgent } from '../support/portal.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const workbookOf = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook.worksheets[0];
};

describe('spreadsheets as Excel workbooks (.xlsx), and CSV that keeps what it can', () => {
  let t: TestApp;
  let territoryId: string;
  let folder: string;

  beforeAll(async () => {
    t = await startTestApp();
    const make = factories(t);
    territoryId = (await make.territory({ name: 'Gâtine XLSX', slug: 'gatine-xlsx' })).id;
    // what a spreadsheet re-types, and a description saved from a member-page form (CRLF)
    await make.producer(territoryId, {
      name: 'Ferme du Chemin Creux',
      externalRef: '0042',
      phone: '0549632715',
      openingHours: '24/7',
      description: { fr: '1/2 journée\r\nde visite' },
    });
    await make.producer(territoryId, { name: 'Rucher des Landes', externalRef: '1E5', phone: '+33549632715' });
    folder = await mkdtemp(join(tmpdir(), 'terroir-xlsx-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await t.close();
  });

  const exported = (format: string) =>
    t.http().get(`/api/v1/territories/${territoryId}/exports/producers.csv?format=${format}`).buffer(true).parse(binary).expect(200);
  const dryRun = async (file: Buffer | string, contentType: string) => {
    const response = await t.http().post(`/api/v1/territories/${territoryId}/imports/producers?dryRun=true`).set('content-type', contentType).send(file);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as { rows: number; created: number; updated: number; unchanged: number; problems: unknown[]; warnings: unknown[] };
  };

  it('the API exports a workbook of typed cells that imports back unchanged', async () => {
    const response = await exported('xlsx');
    expect(response.headers['content-type']).toBe(XLSX);
    expect(response.headers['content-disposition']).toBe('attachment; filename="producteurs-gatine-xlsx.xlsx"');
    const sheet = await workbookOf(response.body as Buffer);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const cell = (row: number, column: string) => sheet.getRow(row).getCell(header.indexOf(column) + 1);
    // texts stay texts, numbers are numbers
    expect(cell(2, 'reference').value).toBe('0042');
    expect(cell(2, 'telephone').type).toBe(ExcelJS.ValueType.String);
    expect(cell(2, 'horaires').value).toBe('24/7');
    expect(cell(2, 'latitude').value).toBe(46.6486);
    expect(cell(3, 'reference').value).toBe('1E5');
    const report = await dryRun(response.body as Buffer, XLSX);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: report.rows, problems: [] });
  });

  it('a workbook typed by a person is read by its content, whatever it is sent as: numbers in text columns, as the sheet shows them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Feuil1');
    sheet.addRow(['Référence', 'Nom', 'Adresse', 'Code postal', 'Commune', 'Latitude', 'Longitude', 'Catégories']);
    sheet.addRow([7, 'Les Œufs de Gâtine', '2 rue Haute', 79310, 'Mazières-en-Gâtine', 46.73, -0.3208, 'Volailles']);
    // a reference typed 007 under a format that keeps its zeros
    sheet.getCell('A2').numFmt = '000';
    // sent as CSV by a client that knows no better: the bytes say it is a workbook
    const response = await t
      .http()
      .post(`/api/v1/territories/${territoryId}/imports/producers`)
      .set('content-type', 'text/csv')
      .send(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ rows: 1, created: 1, problems: [] });
    const [stored] = await t.dataSource.query(`SELECT external_ref, postcode, latitude, categories FROM producers WHERE name = 'Les Œufs de Gâtine'`);
    expect(stored).toEqual({ external_ref: '007', postcode: '79310', latitude: 46.73, categories: ['poultry'] });
  });

  it('a ZIP archive that is no workbook is a problem of row 1 saying what to send', async () => {
    const report = await dryRun(Buffer.from('PK\u0003\u0004 not really a zip'), XLSX);
    expect(report.problems).toEqual([
      expect.objectContaining({ row: 1, column: null, message: expect.stringMatching(/^this file is a ZIP archive that is no \.xlsx workbook/) }),
    ]);
  });

  it('CSV: number-like texts are quoted, and a text with LF line breaks is the same as the CRLF a form sent', async () => {
    const csv = (await exported('csv')).body.toString('utf8') as string;
    expect(csv).toContain('\r\n"0042";Ferme du Chemin Creux;');
    expect(csv).toContain(';"24/7";');
    // the coordinates stay numbers, with a decimal comma
    expect(csv).toContain(';46,6486;-0,2472;');
    const spreadsheetLineBreaks = csv.replace('1/2 journée\r\nde visite', '1/2 journée\nde visite');
    expect(spreadsheetLineBreaks).not.toBe(csv);
    const report = await dryRun(spreadsheetLineBreaks, 'text/csv');
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: report.rows, problems: [] });
  });

  it('the CLI exports .xlsx and imports it back unchanged', async () => {
    const out = join(folder, 'producteurs.xlsx');
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await exportCommand(t.app, { kind: 'producers', territory: 'gatine-xlsx', out, delimiter: ';', format: 'xlsx' })).toBe(0);
      expect((await readFile(out)).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
      expect(await importCommand(t.app, { kind: 'producers', territory: 'gatine-xlsx', file: out, dryRun: true })).toBe(0);
    } finally {
      log.mockRestore();
      stderr.mockRestore();
    }
    const written = /^(\d+) producers of Gâtine XLSX written to .*producteurs\.xlsx/.exec(lines[0])?.[1];
    expect(lines[1]).toContain(`producteurs.xlsx → producers of Gâtine XLSX: ${written} row(s), 0 to create, 0 to update, ${written} unchanged`);
  });

  it('the member pages offer the workbook first, and check an uploaded one', async () => {
    const coordinator = await t.member(territoryId, 'coordinator');
    const agent = await signedInAgent(t, coordinator.email);
    const base = `/app/coordinator/${territoryId}/spreadsheets`;
    const page = await agent.get(base).expect(200);
    const links = [...page.text.matchAll(/href="([^"]*\/export\?[^"]*)"/g)].map((m) => m[1].replace(base, ''));
    expect(links).toEqual([
      '/export?kind=producers&amp;format=xlsx',
      '/export?kind=producers',
      '/export?kind=accommodations&amp;format=xlsx',
      '/export?kind=accommodations',
    ]);
    expect(page.text).toContain('accept=".xlsx,.csv,');
    const download = await agent.get(`${base}/export?kind=producers&format=xlsx`).buffer(true).parse(binary).expect(200);
    expect(download.headers['content-type']).toBe(XLSX);
    const checked = await agent
      .post(`${base}/check`)
      .field('_csrf', csrfOf(page.text))
      .field('kind', 'producers')
      .attach('file', download.body as Buffer, 'producteurs.xlsx');
    expect(checked.status).toBe(200);
    expect(checked.text).toMatch(/<dt>à créer<\/dt><dd>0<\/dd>/);
    expect(checked.text).toMatch(/<dt>à mettre à jour<\/dt><dd>0<\/dd>/);
    expect(checked.text).not.toMatch(/<dt>inchangées<\/dt><dd>0<\/dd>/);
  });
});
