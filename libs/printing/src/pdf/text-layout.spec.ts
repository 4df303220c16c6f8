import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFaces } from './fonts.js';
import { breakLines, ellipsize } from './line-breaking.js';
import { Pdf } from './pdf-document.js';
import { advanceOf, forEachGlyph } from './text-measure.js';

const faces = fontFaces();
const WORDS = [
  'offerte',
  'affluence',
  'difficile',
  'Tél. 05 49 00 00 01',
  'Pépinière',
  '€2 off from €15',
  'd’achat',
  'LAVAL',
  'Tj',
  'Chèvrerie',
  '«\u00a0bio\u00a0»',
  '10\u202f%',
];

describe('PDF text without shaping every word', () => {
  it('gives the glyphs and advances of fontkit’s shaping (ligatures and kerning included)', () => {
    for (const face of Object.values(faces)) {
      for (const word of WORDS) {
        const run = face.font.layout(word);
        const shaped = run.glyphs.map((glyph, i) => [glyph.id, Math.round(run.positions[i].xAdvance * face.scale)]);
        const ours: number[][] = [];
        forEachGlyph(face, word, (glyph, kern) => {
          if (ours.length) ours[ours.length - 1][1] = Math.round(ours[ours.length - 1][1] + kern);
          ours.push([glyph.id, glyph.advance]);
        });
        expect(
          ours.map(([id, advance]) => [id, Math.round(advance)]),
          word,
        ).toEqual(shaped);
      }
    }
  });

  it('breaks lines at spaces within the width, keeps hyphenated names whole, cuts a word wider than the box', () => {
    const face = faces.regular;
    const text = `Fromages affinés à Saint-Martin-du-Fouilloux-sur-Gâtine-Nord. ${'Un long texte qui revient à la ligne. '.repeat(6)}\nSecond paragraphe.`;
    const lines = breakLines(face, 9.5, text, 200);
    for (const line of lines) {
      expect(line.width).toBeLessThanOrEqual(200 + 1e-6);
      expect(line.width).toBeCloseTo((advanceOf(face, line.text) * 9.5) / 1000, 6);
    }
    expect(
      lines
        .map((l) => l.text)
        .join('')
        .replace(/\s+/g, ''),
    ).toBe(text.replace(/\s+/g, ''));
    expect(lines.at(-1)?.text).toBe('Second paragraphe.');
    // whole when it fits in the box; wider than the box, broken after a hyphen, not inside a name part
    expect(
      breakLines(face, 7.8, `12 rue du Bourg, 79130 Saint-Martin-du-Fouilloux-sur-Gâtine-Nord`, 250).some((l) =>
        l.text.includes('Saint-Martin-du-Fouilloux-sur-Gâtine-Nord'),
      ),
    ).toBe(true);
    expect(lines[0].text).toBe('Fromages affinés à Saint-Martin-du-');
    expect(lines[1].text).toMatch(/^Fouilloux-sur-Gâtine-Nord\. Un/);
    expect(lines.at(-2)?.text).toBe('revient à la ligne.');

    const cut = breakLines(face, 12, 'Anticonstitutionnellement', 40);
    expect(cut.length).toBeGreaterThan(2);
    expect(cut.map((l) => l.text).join('')).toBe('Anticonstitutionnellement');
    for (const line of cut) expect(line.width).toBeLessThanOrEqual(40 + 1e-6);
  });

  it('cuts a label with an ellipsis to its width', () => {
    const label = ellipsize(faces.regular, 6.5, 'Saint-Martin-du-Fouilloux-sur-Gâtine-Nord', 60);
    expect(label.text.endsWith('…')).toBe(true);
    expect(label.width).toBeLessThanOrEqual(60);
    expect(ellipsize(faces.regular, 6.5, 'Vasles', 60).text).toBe('Vasles');
  });

  it('fits a text in a box: its size if it can, smaller down to a floor, then the lines that fit with an ellipsis', () => {
    const pdf = new Pdf('A6', { title: 'test', author: 'test' });
    const bold = { font: 'bold', size: 14 } as const;
    const name = 'Gîte rural de la Vallée du Thouet et des Bocages de la Gâtine poitevine';
    expect(pdf.layoutToFit('Gîte des Tilleuls', bold, { width: 250, maxHeight: 40, minSize: 9 }).style.size).toBe(14);
    const smaller = pdf.layoutToFit(name, bold, { width: 250, maxHeight: 30, minSize: 9 });
    expect(smaller.style.size).toBeLessThan(14);
    expect(smaller.height).toBeLessThanOrEqual(30);
    expect(smaller.lines.map((l) => l.text).join(' ')).toBe(name);
    const cut = pdf.layoutToFit(name, bold, { width: 120, maxHeight: 25, minSize: 9 });
    expect(cut.style.size).toBe(9);
    expect(cut.lines).toHaveLength(2);
    expect(cut.lines[1].text.endsWith('…')).toBe(true);
    for (const line of cut.lines) expect(line.width).toBeLessThanOrEqual(120 + 1e-6);
  });

  it.skipIf(!existsSync('/usr/bin/pdftotext'))('extracts back as written: ligatures, accents, €, letters beyond French', async () => {
    const pdf = new Pdf('A6', { title: 'test', author: 'test' });
    pdf.addPage();
    const text = 'Visite offerte, affluence difficile : 2 € dès 15 € — Łódź Ærø';
    pdf.text(text, { font: 'regular', size: 9 }, 20, 20, { width: 250 });
    pdf.text(text, { font: 'bold', size: 9 }, 20, 80, { width: 250 });
    const folder = mkdtempSync(join(tmpdir(), 'pdf-text-'));
    try {
      writeFileSync(join(folder, 'text.pdf'), await pdf.toBuffer());
      const extracted = execFileSync('pdftotext', [join(folder, 'text.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(extracted.split(text).length - 1).toBe(2);
      const fonts = execFileSync('pdffonts', [join(folder, 'text.pdf')], { encoding: 'utf8' });
      expect(fonts.match(/CID TrueType\s+Identity-H\s+yes yes yes/g)).toHaveLength(2);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
