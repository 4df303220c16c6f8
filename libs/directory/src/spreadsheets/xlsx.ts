/**
 * Spreadsheets as Excel workbooks (.xlsx): cells carry their type, so a text such as `0042`,
 * `+33549632715`, `24/7` or `1/2` stays a text through Excel and LibreOffice, where a CSV cell is
 * re-typed by whoever opens it. The import reads a workbook's first sheet into the same rows of
 * strings as a CSV file, so that one set of columns and rules reads both.
 */
import type ExcelJS from 'exceljs';
import { refusal, toCsvCell, type SaidRefusal, onFirstUse } from '#common';
import type { ParsedCsv } from './csv.js';
import { SPREADSHEET_PROBLEMS } from './import-problems.js';
import { unzippedSizeWithin } from './zip-bounds.js';

/** exceljs is loaded at the first workbook, not when the API starts: some 25 MB of RSS that most processes never use (docs/pagespeed.md). */
const exceljs = onFirstUse<typeof ExcelJS>('exceljs');

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A cell to write: a text cell, a number cell, or nothing. */
export type XlsxCell = string | number | null;

/** What a workbook may hold once unzipped: a 5 MB upload of ordinary sheets unzips to some 50 MB at most. */
const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/** An .xlsx (a ZIP archive) is told by its first bytes, whatever the file's name. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** One sheet with a bold, frozen header row and columns as wide as their contents; texts are text cells (`@`), numbers number cells. */
export async function writeXlsx(sheetName: string, header: readonly string[], rows: readonly (readonly XlsxCell[])[]): Promise<Buffer> {
  const workbook = new (exceljs().Workbook)();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((name, i) => {
    const numeric = rows.length > 0 && rows.every((row) => row[i] === null || typeof row[i] === 'number');
    const widest = Math.max(
      name.length,
      ...rows.map((row) =>
        Math.max(
          ...String(row[i] ?? '')
            .split('\n')
            .map((line) => line.length),
        ),
      ),
    );
    // a text column stays text when someone types in it: `0042` typed there is not turned into 42
    return { header: name, width: Math.min(60, Math.max(8, widest + 2)), style: numeric ? {} : { numFmt: '@' } };
  });
  for (const row of rows) sheet.addRow([...row]);
  const top = sheet.getRow(1);
  top.font = { bold: true };
  top.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EFE6' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The first sheet of a workbook as rows of strings, each cell written as a CSV cell holding the
 * same value would be: numbers as JavaScript writes them (a number formatted `00000` with its
 * zeros, as the sheet shows it), dates as ISO dates, formulas as their results, texts as they
 * are (protected as the CSV writer protects them, which the reading of a row undoes).
 */
export async function readXlsx(bytes: Uint8Array): Promise<{ sheet: ParsedCsv } | { problem: SaidRefusal }> {
  const unreadable = { problem: refusal(SPREADSHEET_PROBLEMS, 'not_csv', { looksLike: 'workbook' }) };
  if (!unzippedSizeWithin(bytes, MAX_UNZIPPED_BYTES)) return unreadable;
  const workbook = new (exceljs().Workbook)();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    // a damaged file: a ZIP archive, but no workbook this import reads
    return unreadable;
  }
  // an .ods (or any ZIP archive) loads as a workbook without a sheet: no spreadsheet application saves one
  const worksheet = workbook.worksheets[0];
  if (worksheet === undefined) return unreadable;
  const rows: { row: number; cells: string[] }[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells = Array.from({ length: row.cellCount }, (_, i) => cellText(row.getCell(i + 1)));
    rows.push({ row: number, cells });
  });
  const header = rows[0]?.row === 1 ? rows[0].cells : [];
  const records = rows.filter((record) => record.row > 1 && record.cells.some((cell) => cell.trim() !== '')).map((record) => ({ ...record, broken: false }));
  // the delimiter a French file has: what the check page shows as changed is written with decimal commas
  return { sheet: { delimiter: ';', header, records, problems: [] } };
}

function cellText(cell: ExcelJS.Cell): string {
  return valueText(cell.value, cell.numFmt);
}

function valueText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return toCsvCell(value);
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return toCsvCell(value.richText.map((run) => run.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return valueText(value.result, numFmt);
  if ('hyperlink' in value) return valueText(value.text, numFmt);
  if ('error' in value) return value.error;
  return '';
}

/** A number as the sheet shows it where its format only pads with zeros (`00000` for postcodes, `0000` for references), else as JavaScript writes it. */
function numberText(value: number, numFmt: string | undefined): string {
  const padded = /^0+$/.exec(numFmt ?? '');
  if (padded && Number.isInteger(value) && value >= 0) return String(value).padStart(padded[0].length, '0');
  return String(value);
}

/** A date as an ISO date, with its time when it has one (a workbook's dates carry no time zone: they are read as UTC). */
function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}
