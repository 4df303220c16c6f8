import type { SaidRefusal } from '#common';
import { parseCsv, type ParsedCsv } from './csv.js';
import { fileText } from './file-text.js';
import { isZip, readXlsx } from './xlsx.js';

/** The rows of an uploaded spreadsheet — an .xlsx workbook's first sheet, or CSV — told by its content, never by its name. */
export async function sheetOf(file: string | Uint8Array): Promise<{ sheet: ParsedCsv } | { problem: SaidRefusal }> {
  if (typeof file === 'string') return { sheet: parseCsv(file) };
  if (isZip(file)) return readXlsx(file);
  const read = fileText(file);
  return 'problem' in read ? read : { sheet: parseCsv(read.text) };
}
