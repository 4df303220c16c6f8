import { describe, expect, it } from 'vitest';
import { joined } from './joined.js';

describe('a line made of parts', () => {
  it('leaves out the parts without text, and with them their separators', () => {
    expect(joined(['à 57,6 km', '', 'Vasles'])).toBe('à 57,6 km · Vasles');
    expect(joined(['à 57,6 km', undefined, null, false, '  '])).toBe('à 57,6 km');
    expect(joined([])).toBe('');
    expect(joined(['Miel', 'Fromage'], ', ')).toBe('Miel, Fromage');
  });
});
