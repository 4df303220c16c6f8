import { createRequire } from 'node:module';
import type * as ResvgJs from '@resvg/resvg-js';
import { layOutMap, type MapPoint } from '../maps/map-layout.js';
import { fontFaces } from '../pdf/fonts.js';
import { breakLines, ellipsize } from '../pdf/line-breaking.js';
import { onFirstUse } from '#common';

/** What a shared link shows (Open Graph, Twitter cards): the size they all crop to least. */
export const SHARE_CARD = { width: 1200, height: 630 } as const;

export interface ShareCard {
  /** Small, above the title: the territory's name ('' for none). */
  eyebrow: string;
  /** The territory's or the producer's name. */
  title: string;
  /** A line or two under it: counts, categories, the commune. */
  lines: string[];
  /** The address a reader can type, at the foot. */
  footer: string;
  /** The territory's colour (#rrggbb). */
  colour: string;
  /** Producers on the card's small map; `highlight` is the card's own. */
  points: Pick<MapPoint, 'latitude' | 'longitude'>[];
  highlight?: Pick<MapPoint, 'latitude' | 'longitude'>;
}

const require = createRequire(import.meta.url);
/** resvg is loaded at the first card, not when the API starts (docs/pagespeed.md). */
const resvg = onFirstUse<typeof ResvgJs>('@resvg/resvg-js');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));

const MARGIN = 80;
const MAP = { x: 800, y: 110, width: 320, height: 380 };
const INK = '#1b1b1b';
const MUTED = '#4a4a4a';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Relative luminance (WCAG): whether the colour can be text on white, or must be a band only. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const readableOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05) >= 4.5;

/** Lines of `text` at `size` px within `width`, at most `max` of them, the last ending with "…" if more was left. */
function wrap(text: string, bold: boolean, size: number, width: number, max: number): string[] {
  const face = bold ? fontFaces().bold : fontFaces().regular;
  const lines = breakLines(face, size, text, width).map((line) => line.text);
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), ellipsize(face, size, lines[max - 1], width, true).text];
}

/** The card as SVG: a band of the territory's colour, the names, the lines, the address, and the producers on a small map. */
export function shareCardSvg(card: ShareCard): string {
  const colour = /^#[0-9a-fA-F]{6}$/.test(card.colour) ? card.colour : '#2f6b3a';
  const accent = readableOnWhite(colour) ? colour : INK;
  const textWidth = (card.points.length > 0 ? MAP.x - 60 : SHARE_CARD.width - MARGIN) - MARGIN;
  const parts: string[] = [];
  let y = 140;
  parts.push(
    `<text x="${MARGIN}" y="${y}" font-size="32" font-weight="bold" fill="${accent}">${escapeXml(wrap(card.eyebrow, true, 32, textWidth, 1)[0] ?? '')}</text>`,
  );
  y += 24;
  for (const line of wrap(card.title, true, 64, textWidth, 2)) {
    y += 76;
    parts.push(`<text x="${MARGIN}" y="${y}" font-size="64" font-weight="bold" fill="${INK}">${escapeXml(line)}</text>`);
  }
  y += 16;
  // what is left above the footer, three lines at most
  const wrapped = card.lines.flatMap((text) => wrap(text, false, 34, textWidth, 2));
  const lines = wrapped.slice(0, 3);
  if (wrapped.length > 3) lines[2] = ellipsize(fontFaces().regular, 34, lines[2], textWidth, true).text;
  for (const line of lines) {
    y += 48;
    parts.push(`<text x="${MARGIN}" y="${y}" font-size="34" fill="${MUTED}">${escapeXml(line)}</text>`);
  }
  parts.push(
    `<text x="${MARGIN}" y="${SHARE_CARD.height - 56}" font-size="30" font-weight="bold" fill="${accent}">${escapeXml(wrap(card.footer, true, 30, SHARE_CARD.width - 2 * MARGIN, 1)[0] ?? '')}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_CARD.width}" height="${SHARE_CARD.height}" viewBox="0 0 ${SHARE_CARD.width} ${SHARE_CARD.height}" font-family="DejaVu Sans">
<rect width="100%" height="100%" fill="#ffffff"/>
<rect width="28" height="100%" fill="${colour}"/>
${mapOf(card, colour)}
${parts.join('\n')}
</svg>`;
}

/** The producers as points on a pale panel, the card's own larger and ringed. */
function mapOf(card: ShareCard, colour: string): string {
  const points = card.points.map((point) => ({ ...point, label: '', commune: '' }));
  const layout = layOutMap(MAP, points, { pad: 30, top: 0 });
  if (!layout) return '';
  const dots = points.map((point) => {
    const { x, y } = layout.project(point);
    return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="11" fill="${colour}" stroke="#ffffff" stroke-width="3"/>`;
  });
  const own = card.highlight ? layout.project(card.highlight) : undefined;
  const ring = own
    ? `<circle cx="${own.x.toFixed(1)}" cy="${own.y.toFixed(1)}" r="20" fill="${INK}" stroke="#ffffff" stroke-width="4"/><circle cx="${own.x.toFixed(1)}" cy="${own.y.toFixed(1)}" r="8" fill="#ffffff"/>`
    : '';
  return `<rect x="${MAP.x}" y="${MAP.y}" width="${MAP.width}" height="${MAP.height}" rx="24" fill="#f1f4ef" stroke="#d9dfd5" stroke-width="2"/>
${dots.join('')}${ring}`;
}

/** The card as PNG, its text drawn with the PDFs' own DejaVu fonts: no system font, no remote request. */
export function shareCardPng(card: ShareCard): Buffer {
  const svg = shareCardSvg(card);
  const { Resvg } = resvg();
  const image = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }, background: '#ffffff' });
  return image.render().asPng();
}
