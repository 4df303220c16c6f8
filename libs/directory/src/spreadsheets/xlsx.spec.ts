import ExcelJS from 'exceljs';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { fromCsvCell, writeCsv } from '#common';
import { readXlsx, writeXlsx } from './xlsx.js';
import { unzippedSizeWithin } from './zip-bounds.js';

const rowsOf = async (bytes: Uint8Array) => {
  const read = await readXlsx(bytes);
  if ('problem' in read) throw new Error(read.problem.message);
  return read.sheet;
};

const zipOf = (entries: Record<string, Buffer>) =>
  new Promise<Buffer>((resolve, reject) => {
    const zip = new yazl.ZipFile();
    for (const [name, content] of Object.entries(entries)) zip.addBuffer(content, name);
    zip.end();
    const chunks: Buffer[] = [];
    zip.outputStream
      .on('data', (chunk: Buffer) => chunks.push(chunk))
      .on('end', () => resolve(Buffer.concat(chunks)))
      .on('error', reject);
  });

describe('spreadsheets as .xlsx workbooks', () => {
  it('write texts as text cells and numbers as number cells, under a bold frozen header', async () => {
    const bytes = await writeXlsx('producteurs', ['reference', 'telephone', 'horaires', 'latitude'], [['0042', '+33549632715', '24/7', 46.6486]]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(2).values).toEqual([undefined, '0042', '+33549632715', '24/7', 46.6486]);
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // a text column stays text where someone types a new value
    expect(sheet.getColumn(1).numFmt).toBe('@');
  });

  it('read every kind of cell into the string a CSV cell holding the same value would be', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Feuil1');
    sheet.addRow(['reference', 'code_postal', 'date', 'total', 'nom', 'actif', 'formule', 'vide']);
    sheet.addRow([
      42,
      1000,
      new Date(Date.UTC(2026, 6, 24)),
      { formula: '1+1', result: 2 },
      { richText: [{ text: 'Ferme ' }, { text: 'du Bois', font: { bold: true } }] },
      true,
      '=SUM(A1)',
      null,
    ]);
    sheet.getCell('B2').numFmt = '00000';
    sheet.addRow([]);
    sheet.addRow(['1E5', 79200, null, -0.2472, "'=x"]);
    const read = await rowsOf(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(read.header).toEqual(['reference', 'code_postal', 'date', 'total', 'nom', 'actif', 'formule', 'vide']);
    // blank rows are left out; the others keep the number the sheet shows them under
    expect(read.records.map((r) => r.row)).toEqual([2, 4]);
    expect(read.records[0].cells.map(fromCsvCell)).toEqual(['42', '01000', '2026-07-24', '2', 'Ferme du Bois', 'TRUE', '=SUM(A1)']);
    expect(read.records[1].cells.map(fromCsvCell)).toEqual(['1E5', '79200', '', '-0.2472', "'=x"]);
  });

  it('refuse a ZIP archive that is no workbook, and one that would unzip past its bound', async () => {
    const notWorkbook = await rowsOf(await zipOf({ 'content.xml': Buffer.from('<office:document/>') })).catch((error: Error) => error.message);
    expect(notWorkbook).toMatch(/a ZIP archive that is no \.xlsx workbook this import reads/);
    const bomb = await zipOf({ 'xl/worksheets/sheet1.xml': Buffer.alloc(4 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(unzippedSizeWithin(bomb, 1024 * 1024)).toBe(false);
    expect(unzippedSizeWithin(bomb, 8 * 1024 * 1024)).toBe(true);
    expect(unzippedSizeWithin(Buffer.from(writeCsv([['a']])), 1024)).toBe(false);
  });
});
