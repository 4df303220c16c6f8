import { darkEnough, mix, validColour } from '../pdf/colours.js';

/** The territory's colour as the brochure prints it, on white paper and in a grey copy alike. */
export interface BrochureColours {
  /** Bands and badges with white text on them: dark enough for 5:1 against white (a grey copy keeps that contrast). */
  band: string;
  /** Backgrounds of black text (offers, the back page's boxes): a faint tint of the band. */
  tint: string;
}

/** A pale colour (a yellow, a sky blue) would leave white text unreadable: it is darkened until it holds. */
export function brochureColours(primary: string | null): BrochureColours {
  const band = darkEnough(validColour(primary), 5);
  return { band, tint: mix(band, '#ffffff', 0.88) };
}
