import { describe, expect, it } from 'vitest';
import { csvDecimal, fromCsvCell, toCsvCell, writeCsv } from './csv-writer.js';

describe('writeCsv', () => {
  it('writes semicolons, CRLF and a BOM by default, quoting only where needed', () => {
    const text = writeCsv([
      ['nom', 'description'],
      ['Le "Vieux" Moulin', 'deux\nlignes'],
      ['Ferme; bio', ' espace'],
    ]);
    expect(text).toBe('\uFEFFnom;description\r\n"Le ""Vieux"" Moulin";"deux\nlignes"\r\n"Ferme; bio";" espace"\r\n');
  });

  it('quotes the texts a spreadsheet would read as numbers or dates, in text columns only; decimals have a comma in semicolon files', () => {
    const text = writeCsv(
      [
        ['reference', 'telephone', 'horaires', 'nom', 'latitude'],
        ['0042', '+33549632715', '24/7', 'Ferme 12', csvDecimal(46.6486, ';')],
        ['1E5', '05 49 63 27 15', 'Mo-Fr 09:00-12:00', '1/2', csvDecimal(-0.2472, ';')],
      ],
      { bom: false, quoteNumberLike: (column) => column !== 4 },
    );
    expect(text).toBe(
      'reference;telephone;horaires;nom;latitude\r\n"0042";"+33549632715";"24/7";Ferme 12;46,6486\r\n"1E5";"05 49 63 27 15";Mo-Fr 09:00-12:00;"1/2";-0,2472\r\n',
    );
    expect(csvDecimal('902.00', ',')).toBe('902.00');
  });

  it('protects formula-like texts, but not numbers or phone numbers, and takes the protection off again', () => {
    expect(toCsvCell('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(toCsvCell('- vente à la ferme')).toBe(`'- vente à la ferme`);
    expect(toCsvCell('+33 5 49 64 00 00')).toBe('+33 5 49 64 00 00');
    expect(toCsvCell('-0,2472')).toBe('-0,2472');
    expect(fromCsvCell(`'=HYPERLINK("http://x")`)).toBe('=HYPERLINK("http://x")');
    expect(fromCsvCell(`l'Absie`)).toBe(`l'Absie`);
  });

  it('gives back every text it protected exactly, apostrophes typed before a formula sign included', () => {
    const texts = [`'=1+1`, `''=x`, `'+33`, `'-`, `'@home`, `'`, `''`, `'abc`, `l'Absie`, `=x`, `-`, `+33 5 49`, '\tindent', `'\tindent`, ''];
    for (const text of texts) expect(fromCsvCell(toCsvCell(text)), JSON.stringify(text)).toBe(text);
    expect(toCsvCell(`'=1+1`)).toBe(`''=1+1`); // still starts with an apostrophe: no spreadsheet runs it
    expect(toCsvCell(`'abc`)).toBe(`'abc`);
  });
});
