/** The colours a report is drawn in, from the territory's two, chosen to stay apart in black and white. */
export interface ReportColours {
  /** Headings and rules: the primary colour where it reads as text on white, else near-black. */
  ink: string;
  /** This season's bars: dark, so that a grey copy keeps them dark. */
  bar: string;
  /** The previous season's bars: light (filled) and outlined in `bar`, so a grey copy tells them apart. */
  previousFill: string;
  /** Table headers' and tiles' background: a faint tint of the primary colour. */
  tint: string;
}

const DEFAULT_PRIMARY = '#2f6b3a';
const NEAR_BLACK = '#1d1d1b';
const HEX = /^#[0-9a-fA-F]{6}$/;

const channels = (colour: string) => [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
const hex = (rgb: number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
/** `colour` moved towards `towards` by `amount` (0 to 1). */
const mix = (colour: string, towards: string, amount: number) => {
  const to = channels(towards);
  return hex(channels(colour).map((c, i) => c + (to[i] - c) * amount));
};

/** WCAG relative luminance, 0 (black) to 1 (white): what a grey copy keeps of a colour. */
export function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio with white (1 to 21). */
const contrastOnWhite = (colour: string) => 1.05 / (luminance(colour) + 0.05);

/** Darkened by steps until it reaches `ratio` against white. */
function darkEnough(colour: string, ratio: number): string {
  let result = colour;
  for (let step = 0; step < 10 && contrastOnWhite(result) < ratio; step++) result = mix(result, '#000000', 0.2);
  return result;
}

/**
 * The territory's primary colour for text and bars (darkened where too light to read or to print
 * dark), its secondary one for the previous season where it is much lighter than the bars (else a
 * light tint of the primary).
 */
export function reportColours(primary: string | null, secondary: string | null): ReportColours {
  const base = primary && HEX.test(primary) ? primary : DEFAULT_PRIMARY;
  const bar = darkEnough(base, 4.5);
  const light = secondary && HEX.test(secondary) && luminance(secondary) - luminance(bar) >= 0.3 ? secondary : mix(base, '#ffffff', 0.7);
  return {
    ink: contrastOnWhite(base) >= 4.5 ? base : NEAR_BLACK,
    bar,
    previousFill: luminance(light) - luminance(bar) >= 0.3 ? light : mix(bar, '#ffffff', 0.75),
    tint: mix(base, '#ffffff', 0.88),
  };
}
