/** The green of the demo territory, for a territory without a valid primary colour. */
export const DEFAULT_PRIMARY = '#2f6b3a';
export const NEAR_BLACK = '#1d1d1b';
const HEX = /^#[0-9a-fA-F]{6}$/;

/** The territory's colour when it is one ('#rrggbb'), else the default green. */
export const validColour = (colour: string | null | undefined, fallback = DEFAULT_PRIMARY) => (colour && HEX.test(colour) ? colour : fallback);
export const isColour = (colour: string | null | undefined): colour is string => !!colour && HEX.test(colour);

const channels = (colour: string) => [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
const hex = (rgb: number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** `colour` moved towards `towards` by `amount` (0 to 1). */
export function mix(colour: string, towards: string, amount: number): string {
  const to = channels(towards);
  return hex(channels(colour).map((c, i) => c + (to[i] - c) * amount));
}

/** WCAG relative luminance, 0 (black) to 1 (white): what a grey copy keeps of a colour. */
export function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio with white (1 to 21): the same in a grey copy, which keeps only the luminance. */
export const contrastOnWhite = (colour: string) => 1.05 / (luminance(colour) + 0.05);

/** Darkened by steps until it reaches `ratio` against white. */
export function darkEnough(colour: string, ratio: number): string {
  let result = colour;
  for (let step = 0; step < 10 && contrastOnWhite(result) < ratio; step++) result = mix(result, '#000000', 0.2);
  return result;
}
