import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Pdf } from './pdf-document.js';

/** What a reader copying the PDF's text gets (pdftotext), spaces collapsed. */
async function copiedText(write: (pdf: Pdf) => void): Promise<string> {
  const pdf = new Pdf('A5', { title: 'test', author: 'test' });
  pdf.addPage();
  write(pdf);
  const folder = mkdtempSync(join(tmpdir(), 'pdf-scripts-'));
  try {
    writeFileSync(join(folder, 'text.pdf'), await pdf.toBuffer());
    return execFileSync('pdftotext', [join(folder, 'text.pdf'), '-'], { encoding: 'utf8' })
      .replace(/\s+/g, ' ')
      .trim();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const TEXTS = [
  'Μέλι από το χωριό, ζυμωτό ψωμί',
  'Мёд и козий сыр — Київ, Љубљана',
  'Miód pitny z Łodzi, źródło, żółć',
  'Mật ong rừng, bánh mì Đà Lạt, phở bò',
  'Kozí sýr z Třeboně, ďábelsky',
  'Brânză de capră din Țara Bârsei, șosea',
  'Keçi peyniri, İzmir, ağaç',
];

describe.skipIf(!existsSync('/usr/bin/pdftotext'))('what producers and hosts type, printed', () => {
  it('prints Greek, Cyrillic and the Latin of all Europe and Vietnam, regular and bold, and gives them back when copied', async () => {
    const copied = await copiedText((pdf) => {
      let y = 20;
      for (const text of TEXTS) for (const font of ['regular', 'bold'] as const) y = pdf.text(text, { font, size: 9 }, 20, y, { width: 380 }) + 4;
    });
    for (const text of TEXTS) expect(copied.split(text).length - 1, text).toBe(2);
  });

  it('prints a visible square for each emoji, ideogram or right-to-left word, and copies as that square, never the lost character', async () => {
    const copied = await copiedText((pdf) => {
      pdf.text('Miel 🐝 et confiture 🍯️', { font: 'regular', size: 10 }, 20, 20, { width: 380 });
      pdf.text('Famille 👨‍👩‍👧 bienvenue 🇫🇷 山田 مرحبا', { font: 'bold', size: 10 }, 20, 60, { width: 380 });
    });
    expect(copied).toBe('Miel □ et confiture □ Famille □ bienvenue □ □□ □□□□□');
    for (const lost of ['🐝', '🍯', '👨', '\u200d', '\ufe0f', '🇫', '山', 'م']) expect(copied).not.toContain(lost);
  });

  it('keeps accents on their letters and turns only ligatures back into letters, even in a word cut between its characters', async () => {
    const copied = await copiedText((pdf) => {
      pdf.text('Crème brûlée e\u0301te\u0301 ﬁnes', { font: 'regular', size: 10 }, 20, 20, { width: 380 });
      pdf.text('Pâtisserieﬁnedégustée', { font: 'regular', size: 10 }, 20, 60, { width: 40 });
    });
    expect(copied.startsWith('Crème brûlée été fines ')).toBe(true);
    expect(copied.replaceAll(' ', '').endsWith('Pâtisseriefinedégustée')).toBe(true);
    expect(copied).not.toMatch(/\p{M}/u);
  });
});
