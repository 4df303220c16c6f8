import { describe, expect, it } from 'vitest';
import { contrastOnWhite, luminance } from '../pdf/colours.js';
import { brochureColours } from './brochure-colours.js';

describe('the territory’s colour on a brochure printed in black and white', () => {
  it('keeps a dark colour as it is', () => {
    expect(brochureColours('#2f6b3a').band).toBe('#2f6b3a');
  });

  it('darkens a pale colour until white text on its bands keeps 5:1, and tints stay light behind black text', () => {
    for (const pale of ['#f3e27a', '#9fd3f0', '#ffffff']) {
      const { band, tint } = brochureColours(pale);
      expect(contrastOnWhite(band), pale).toBeGreaterThanOrEqual(5);
      expect(luminance(tint), pale).toBeGreaterThan(0.7);
    }
  });

  it('falls back to the default green for no colour or a malformed one', () => {
    expect(brochureColours(null).band).toBe('#2f6b3a');
    expect(brochureColours('red').band).toBe('#2f6b3a');
  });
});
