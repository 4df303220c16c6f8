import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { FontFace } from './font-face.js';

/** A font cut down to some glyphs, with everything a PDF needs to embed it, already compressed. */
export interface FontSubset {
  /** Six capitals naming this subset, as PDF wants before the font's name ("ABCDEF+DejaVuSans"). */
  tag: string;
  /** The TrueType file of the subset (deflated) and its length before compression. */
  fontFile: Buffer;
  fontFileLength: number;
  /** The glyph ids of the whole font (the codes in the text) to those of the subset, 2 bytes each (deflated). */
  cidToGid: Buffer;
  /** The characters of each glyph, for text extraction (deflated CMap). */
  toUnicode: Buffer;
  /** The PDF `W` array: advance of every glyph drawn. */
  widths: (number | number[])[];
}

const MAX_KEPT = 64;
const subsets = new Map<string, FontSubset>();

/**
 * The subset holding exactly `glyphIds` (ascending), built and compressed once per process for each
 * distinct set instead of at the end of every document (that was about a tenth of a brochure's
 * time): the brochures of a territory draw nearly the same characters (same producers, same
 * texts), and the same brochure in another format or on another day draws the very same ones.
 */
export function fontSubset(face: FontFace, glyphIds: number[]): FontSubset {
  const key = `${face.font.postscriptName}:${glyphIds.join(',')}`;
  let subset = subsets.get(key);
  if (!subset) {
    subset = buildSubset(face, glyphIds, key);
    subsets.set(key, subset);
    if (subsets.size > MAX_KEPT) subsets.delete(subsets.keys().next().value as string);
  }
  return subset;
}

function buildSubset(face: FontFace, glyphIds: number[], key: string): FontSubset {
  const subset = face.font.createSubset();
  const maxId = glyphIds.at(-1) ?? 0;
  const cidToGid = Buffer.alloc(2 * (maxId + 1));
  for (const id of glyphIds) cidToGid.writeUInt16BE(subset.includeGlyph(id), 2 * id);
  const file = subset.encode();

  const widths: (number | number[])[] = [];
  for (let i = 0; i < glyphIds.length;) {
    const start = i;
    const run: number[] = [];
    do run.push(face.font.getGlyph(glyphIds[i]).advanceWidth * face.scale);
    while (++i < glyphIds.length && glyphIds[i] === glyphIds[i - 1] + 1);
    widths.push(glyphIds[start], run);
  }

  const digest = createHash('sha256').update(key).digest();
  return {
    tag: Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join(''),
    fontFile: deflateSync(file),
    fontFileLength: file.length,
    cidToGid: deflateSync(cidToGid),
    toUnicode: deflateSync(toUnicodeCMap(face, glyphIds)),
    widths,
  };
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

function toUnicodeCMap(face: FontFace, glyphIds: number[]): string {
  const entries: string[] = [];
  for (const id of glyphIds) {
    const text = face.characters.get(id);
    if (text === undefined) continue;
    entries.push(`<${hex4(id)}> <${Array.from({ length: text.length }, (_, i) => hex4(text.charCodeAt(i))).join('')}>`);
  }
  const blocks: string[] = [];
  // at most 100 entries per block (PDF reference, 5.9.2)
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
