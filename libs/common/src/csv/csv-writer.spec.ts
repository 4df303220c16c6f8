import { describe, expect, it } from 'vitest';
import { fromCsvCell, toCsvCell, writeCsv } from './csv-writer.js';

describe('writeCsv', () => {
  it('writes semicolons, CRLF and a BOM by default, quoting only where needed', () => {
    const text = writeCsv([
      ['nom', 'description'],
      ['Le "Vieux" Moulin', 'deux\nlignes'],
      ['Ferme; bio', ' espace'],
    ]);
    expect(text).toBe('\uFEFFnom;description\r\n"Le ""Vieux"" Moulin";"deux\nlignes"\r\n"Ferme; bio";" espace"\r\n');
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
