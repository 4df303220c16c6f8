import { describe, expect, it } from 'vitest';
import { fileText } from './file-text.js';

const HEADER = 'nom\tcommune\r\nChèvrerie des Brandes\tŒuf-sur-Thouet\r\n';
const bom = (...bytes: number[]) => Buffer.from(bytes);
const problemOf = (bytes: Uint8Array) => {
  const read = fileText(bytes);
  return 'problem' in read ? read.problem.message : undefined;
};

describe('fileText: what an uploaded file says', () => {
  it('reads UTF-16 with its byte-order mark, little and big endian (Excel\'s "Unicode text")', () => {
    expect(fileText(Buffer.concat([bom(0xff, 0xfe), Buffer.from(HEADER, 'utf16le')]))).toEqual({ text: HEADER });
    expect(fileText(Buffer.concat([bom(0xfe, 0xff), Buffer.from(HEADER, 'utf16le').swap16()]))).toEqual({ text: HEADER });
  });

  it('reads UTF-8 and Windows-1252 as before', () => {
    expect(fileText(Buffer.from(`\uFEFF${HEADER}`))).toEqual({ text: `\uFEFF${HEADER}` });
    expect(fileText(Uint8Array.from([0x8c, 0x75, 0x66, 0x73, 0x3b, 0xe9, 0x3b, 0x80]))).toEqual({ text: 'Œufs;é;€' });
  });

  it('refuses what is not text, saying what it seems to be', () => {
    const png = Buffer.concat([bom(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), Buffer.from('IHDR nom;adresse\n')]);
    expect(problemOf(png)).toMatch(/^this file is a PNG image, not an .xlsx workbook or a CSV file: save the spreadsheet as an Excel workbook/);
    expect(problemOf(Buffer.from('PK\x03\x04[Content_Types].xml'))).toMatch(/a ZIP archive that is no \.xlsx workbook/);
    expect(problemOf(Buffer.from('%PDF-1.7\n'))).toMatch(/a PDF document/);
    // UTF-16 without its mark, and other binary data, hold NUL bytes
    expect(problemOf(Buffer.from(HEADER, 'utf16le'))).toMatch(/NUL bytes/);
    expect(problemOf(Buffer.from('nom;commune\r\n\x01\x02\x03\x04;x\r\n'))).toMatch(/control characters/);
    expect(problemOf(Buffer.alloc(0))).toMatch(/^the file is empty/);
  });

  it('accepts the odd control character spreadsheets do write (vertical tab, end-of-file mark)', () => {
    expect(fileText(Buffer.from('nom;description\r\nA;ligne\vsuivante\r\n\x1a'))).toHaveProperty('text');
  });
});
