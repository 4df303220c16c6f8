import { describe, expect, it } from 'vitest';
import { findUnstorableText } from './unstorable-text.js';

describe('text PostgreSQL cannot store, found in a parsed JSON body', () => {
  it('names the field as validation errors do', () => {
    expect(findUnstorableText({ title: { fr: 'Miel \ud800' } })?.field).toBe('title.fr');
    expect(findUnstorableText({ funders: ['ok', 'x\udc00'] })?.field).toBe('funders[1]');
    expect(findUnstorableText({ name: 'Gâtine\u0000' })).toEqual({ field: 'name', message: 'name must not contain a NUL character' });
    expect(findUnstorableText({ ['\ud800']: 1 })?.message).toMatch(/^the name of .* must not contain a lone UTF-16 surrogate/);
  });

  it('lets every real character through, pairs of surrogates included', () => {
    expect(findUnstorableText({ name: 'Ferme 🐐 « Bio » — Œufs', list: [1, null, true, { a: 'é' }] })).toBeUndefined();
  });
});
