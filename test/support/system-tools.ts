import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { reportMissingTool } from './missing-tool.js';

const run = promisify(execFile);
const which = (tool: string) => ['/usr/bin', '/usr/local/bin', '/bin'].some((folder) => existsSync(join(folder, tool)));

/** poppler-utils (pdftotext, pdftoppm) and zbar-tools (zbarimg), from Debian's packages. */
export const hasPoppler = which('pdftotext') && which('pdftoppm');
export const hasZbar = which('zbarimg');

if (!hasPoppler || !hasZbar) reportMissingTool('pdftotext/pdftoppm or zbarimg', 'the PDF checks', 'apt-get install poppler-utils zbar-tools');

async function withPdf<T>(pdf: Buffer, use: (file: string, folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'terroir-pdf-'));
  try {
    const file = join(folder, 'document.pdf');
    await writeFile(file, pdf);
    return await use(file, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The text of the PDF, in reading order. */
export function pdfText(pdf: Buffer): Promise<string> {
  return withPdf(pdf, async (file) => (await run('pdftotext', ['-layout', file, '-'], { maxBuffer: 32 * 1024 * 1024 })).stdout);
}

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  pageWidth: number;
  pageHeight: number;
}

/**
 * DejaVu Sans (the only font the PDFs embed): poppler's word box spans the font's ascent to its
 * descent, (1901 + 483) / 2048 of the font size.
 */
const DEJAVU_BOX_HEIGHT = (1901 + 483) / 2048;

/** The font size a word was printed at, in points, from its box. */
export const fontSizeOf = (word: Word) => (word.yMax - word.yMin) / DEJAVU_BOX_HEIGHT;

/** Every word with its box, and its page's size (pdftotext -bbox). */
export function pdfWords(pdf: Buffer): Promise<Word[]> {
  return withPdf(pdf, async (file) => {
    const { stdout } = await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const words: Word[] = [];
    let page = 0;
    let size = { width: 0, height: 0 };
    for (const line of stdout.split('\n')) {
      const pageMatch = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line);
      if (pageMatch) {
        page++;
        size = { width: Number(pageMatch[1]), height: Number(pageMatch[2]) };
        continue;
      }
      const word = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*)<\/word>/.exec(line);
      if (word) {
        words.push({ page, xMin: +word[1], yMin: +word[2], xMax: +word[3], yMax: +word[4], text: word[5], pageWidth: size.width, pageHeight: size.height });
      }
    }
    return words;
  });
}

/**
 * Every QR code found on every page rendered at `dpi`, page by page. `antialias: false` renders as
 * a cheap printer, a photocopy or a fax does: each pixel black or white, no grey to help the decoder.
 */
export function pdfQrCodes(pdf: Buffer, dpi = 150, options: { antialias?: boolean } = {}): Promise<string[][]> {
  return withPdf(pdf, async (file, folder) => {
    const antialias = options.antialias === false ? ['-aa', 'no', '-aaVector', 'no'] : [];
    await run('pdftoppm', ['-r', String(dpi), ...antialias, '-png', file, join(folder, 'page')]);
    const pages = (await readdir(folder)).filter((name) => name.startsWith('page') && name.endsWith('.png')).sort();
    const codes: string[][] = [];
    for (const page of pages) {
      const result = await run('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', join(folder, page)]).catch(
        (error: { code?: number; stdout?: string }) => {
          if (error.code === 4) return { stdout: '' }; // no symbol on this page
          throw error;
        },
      );
      codes.push(result.stdout.split('\n').filter(Boolean));
    }
    return codes;
  });
}
