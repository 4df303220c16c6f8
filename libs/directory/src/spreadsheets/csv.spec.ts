import { describe, expect, it } from 'vitest';
import { writeCsv } from '#common';
import { decodeCsv, detectDelimiter, parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads comma-separated text with LF line ends', () => {
    const csv = parseCsv('name,postcode\nFerme du Bourg,79200\nLa Miellerie,79130\n');
    expect(csv.delimiter).toBe(',');
    expect(csv.header).toEqual(['name', 'postcode']);
    expect(csv.records).toEqual([
      { row: 2, cells: ['Ferme du Bourg', '79200'], broken: false },
      { row: 3, cells: ['La Miellerie', '79130'], broken: false },
    ]);
    expect(csv.problems).toEqual([]);
  });

  it('detects the semicolon of French Excel from the header, outside quotes, and drops the BOM', () => {
    const csv = parseCsv('\uFEFFnom;"commune, canton";description\r\nChèvrerie;Fenioux;"fromages, tomes; bûches"\r\n');
    expect(csv.delimiter).toBe(';');
    expect(csv.header).toEqual(['nom', 'commune, canton', 'description']);
    expect(csv.records[0].cells).toEqual(['Chèvrerie', 'Fenioux', 'fromages, tomes; bûches']);
  });

  it('keeps newlines and doubled quotes inside quoted fields, and numbers rows as a spreadsheet shows them', () => {
    const csv = parseCsv('nom;description\r\n"Le ""Vieux"" Moulin";"Ligne 1\r\nLigne 2\nLigne 3"\r\nŒufs de la Côte;simple\r\n');
    expect(csv.records).toEqual([
      { row: 2, cells: ['Le "Vieux" Moulin', 'Ligne 1\r\nLigne 2\nLigne 3'], broken: false },
      { row: 3, cells: ['Œufs de la Côte', 'simple'], broken: false },
    ]);
  });

  it('skips blank rows but keeps the numbers of the following ones', () => {
    const csv = parseCsv('a,b\n1,2\n\n,\n3,4');
    expect(csv.records.map((r) => [r.row, r.cells])).toEqual([
      [2, ['1', '2']],
      [5, ['3', '4']],
    ]);
  });

  it('keeps empty cells, including a last empty one', () => {
    expect(parseCsv('a;b;c\n;;\nx;;\n').records.map((r) => r.cells)).toEqual([['x', '', '']]);
    expect(parseCsv('a,b,c\n1,,3').records[0].cells).toEqual(['1', '', '3']);
  });

  it('reports a stray quote on its row and cell', () => {
    const csv = parseCsv('nom,tel\nLe 5" de Pompaire,05\nok,06\n');
    expect(csv.problems).toEqual([{ row: 2, cell: 0, code: 'stray_quote', message: expect.stringContaining('stray quote') }]);
    expect(csv.records[0].broken).toBe(true);
    expect(csv.records[1]).toEqual({ row: 3, cells: ['ok', '06'], broken: false });
  });

  it('reports text after a closing quote', () => {
    const csv = parseCsv('nom,tel\n"Le Clos"x,05\n');
    expect(csv.problems).toEqual([
      { row: 2, cell: 0, code: 'text_after_quote', params: { text: 'x' }, message: expect.stringContaining('after the closing quote') },
    ]);
  });

  it('reports an unterminated quoted field on the row where it starts', () => {
    const csv = parseCsv('nom;description\nA;ok\nB;"jamais fermé\nC;x\nD;y\n');
    expect(csv.problems).toEqual([{ row: 3, cell: 1, code: 'unclosed_quote', message: expect.stringContaining('never closed') }]);
    expect(csv.records.map((r) => r.row)).toEqual([2, 3]);
  });

  it('reads tab-separated text (Excel\'s "Unicode text"), a tab inside quotes left alone', () => {
    const csv = parseCsv('nom\tcommune\tdescription\r\nChèvrerie\tFenioux\t"fromages;\ttomes, bûches"\r\n');
    expect(csv.delimiter).toBe('\t');
    expect(csv.header).toEqual(['nom', 'commune', 'description']);
    expect(csv.records[0].cells).toEqual(['Chèvrerie', 'Fenioux', 'fromages;\ttomes, bûches']);
    expect(detectDelimiter('nom;adresse\tcommune;code')).toBe(';');
  });

  it('answers an empty header for an empty text', () => {
    expect(parseCsv('')).toMatchObject({ header: [''], records: [] });
    expect(detectDelimiter('a,b;c,d')).toBe(',');
  });
});

describe('parseCsv reads what writeCsv writes', () => {
  it('writes commas without a BOM when asked, and reads back what it wrote', () => {
    const rows = [
      ['nom', 'note'],
      ['Gîte, étang', 'a;b'],
      ['Œuf "frais"', 'ligne\r\nsuivante'],
    ];
    const text = writeCsv(rows, { delimiter: ',', bom: false });
    expect(text.startsWith('nom,note\r\n')).toBe(true);
    const csv = parseCsv(text);
    expect([csv.header, ...csv.records.map((r) => r.cells)]).toEqual(rows);
    expect(csv.problems).toEqual([]);
  });
});

describe('decodeCsv', () => {
  it("reads UTF-8, keeping the BOM for the parser, and falls back to Windows-1252 (French Excel's plain CSV)", () => {
    expect(decodeCsv(Buffer.from('\uFEFFnom;œuf\r\n', 'utf8'))).toBe('\uFEFFnom;œuf\r\n');
    // "Chèvrerie;Œufs;€" as Windows-1252 bytes
    expect(decodeCsv(Uint8Array.from([0x43, 0x68, 0xe8, 0x76, 0x72, 0x65, 0x72, 0x69, 0x65, 0x3b, 0x8c, 0x75, 0x66, 0x73, 0x3b, 0x80]))).toBe(
      'Chèvrerie;Œufs;€',
    );
  });
});
