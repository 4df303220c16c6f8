import { describe, expect, it } from 'vitest';
import { refusal } from '#common';
import { PASS_REFUSALS } from '#passes';
import { REFUSAL_CATALOGUES, refusalText } from './refusal-texts.js';

describe('a service’s refusal on the member pages', () => {
  it('is said from its code in the page’s language', () => {
    const said = refusal(PASS_REFUSALS, 'stay_too_long', { days: 90 });
    expect(said.message).toBe('a stay lasts at most 90 days');
    expect(refusalText(said, 'fr')).toBe('Un séjour dure 90 jours au plus.');
    expect(refusalText(said, 'en')).toBe('A stay lasts at most 90 days.');
  });

  it('a validation rule is said in French, its limit kept', () => {
    const rule = { code: 'invalid_value', params: { rule: 'maxLength' }, message: 'name must be shorter than or equal to 120 characters' };
    expect(refusalText(rule, 'fr')).toBe('120 caractères au plus.');
  });

  it('each code belongs to one catalogue, so that a code always says the same thing', () => {
    const codes = REFUSAL_CATALOGUES.flatMap((catalogue) => Object.keys(catalogue.en));
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
  });
});
