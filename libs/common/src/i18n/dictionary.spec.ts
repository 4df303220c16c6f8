import { describe, expect, it } from 'vitest';
import { defineMessages } from './dictionary.js';

const reference = { hello: 'Bonjour', welcome: (name: string) => `Bienvenue ${name}`, days: { mo: 'lun.' }, steps: ['un', 'deux'] };

describe('a dictionary is checked against its reference language', () => {
  it('gives each language its texts', () => {
    const messages = defineMessages('fr', reference, {
      en: { hello: 'Hello', welcome: (name) => `Welcome ${name}`, days: { mo: 'Mon' }, steps: ['one', 'two'] },
    });
    expect(messages.fr.hello).toBe('Bonjour');
    expect(messages.en.welcome('Ana')).toBe('Welcome Ana');
    expect(messages.en.days.mo).toBe('Mon');
  });

  it('a translation missing a key, with a key too many, or with other parameters does not compile', () => {
    // @ts-expect-error welcome, days and steps are missing from the English
    defineMessages('fr', reference, { en: { hello: 'Hello' } });
    defineMessages('fr', reference, {
      // @ts-expect-error goodbye is not in the reference
      en: { hello: 'Hello', welcome: (name) => `Welcome ${name}`, days: { mo: 'Mon' }, steps: [], goodbye: 'Bye' },
    });
    defineMessages('fr', reference, {
      // @ts-expect-error a nested group misses a key
      en: { hello: 'Hello', welcome: (name) => `Welcome ${name}`, days: {}, steps: [] },
    });
    defineMessages('fr', reference, {
      // @ts-expect-error welcome takes a name, not a number
      en: { hello: 'Hello', welcome: (name: number) => `Welcome ${name}`, days: { mo: 'Mon' }, steps: [] },
    });
  });
});
