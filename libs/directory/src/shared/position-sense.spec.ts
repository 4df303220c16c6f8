import { describe, expect, it } from 'vitest';
import { judgePosition } from './position-sense.js';

const niort = { latitude: 46.3237, longitude: -0.4588 };

describe('positions that make sense', () => {
  it('a point near the territory is fine', () => {
    expect(judgePosition({ latitude: 46.33, longitude: -0.586 }, niort)).toEqual({ ok: true });
  });

  it('latitude and longitude swapped are told, with the point they meant', () => {
    expect(judgePosition({ latitude: -0.586, longitude: 46.33 }, niort)).toEqual({ swapped: { latitude: 46.33, longitude: -0.586 } });
  });

  it('a point far from the territory either way is said far, with how far', () => {
    expect(judgePosition({ latitude: 43.6, longitude: 1.44 }, niort)).toEqual({ farKm: 338 });
  });

  it('without places to compare with, France is the measure', () => {
    expect(judgePosition({ latitude: -0.46, longitude: 46.32 }, undefined)).toEqual({ swapped: { latitude: 46.32, longitude: -0.46 } });
    expect(judgePosition({ latitude: 46.32, longitude: -0.46 }, undefined)).toEqual({ ok: true });
    expect(judgePosition({ latitude: 14.6, longitude: -61.0 }, undefined)).toEqual({ ok: true });
  });
});
