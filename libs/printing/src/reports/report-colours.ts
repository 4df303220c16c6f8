import { contrastOnWhite, darkEnough, DEFAULT_PRIMARY, isColour, luminance, mix, NEAR_BLACK, validColour } from '../pdf/colours.js';

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

/**
 * The territory's primary colour for text and bars (darkened where too light to read or to print
 * dark), its secondary one for the previous season where it is much lighter than the bars (else a
 * light tint of the primary).
 */
export function reportColours(primary: string | null, secondary: string | null): ReportColours {
  const base = validColour(primary, DEFAULT_PRIMARY);
  const bar = darkEnough(base, 4.5);
  const light = isColour(secondary) && luminance(secondary) - luminance(bar) >= 0.3 ? secondary : mix(base, '#ffffff', 0.7);
  return {
    ink: contrastOnWhite(base) >= 4.5 ? base : NEAR_BLACK,
    bar,
    previousFill: luminance(light) - luminance(bar) >= 0.3 ? light : mix(bar, '#ffffff', 0.75),
    tint: mix(base, '#ffffff', 0.88),
  };
}
