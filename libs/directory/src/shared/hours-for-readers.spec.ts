import { describe, expect, it } from 'vitest';
import { openingHoursInWords } from './hours-for-readers.js';

describe('stored opening hours said in the reader’s language', () => {
  it('days and times in words, holidays and closed days said so', () => {
    expect(openingHoursInWords('Mo-Sa 17:30-19:00; PH off', 'fr')).toBe('lun.–sam. 17:30–19:00 · jours fériés : fermé');
    expect(openingHoursInWords('Mo-Sa 17:30-19:00; PH off', 'en')).toBe('Mon–Sat 17:30–19:00 · public holidays: closed');
    expect(openingHoursInWords('Tu,Th 09:00-12:00,14:00-18:00; Su off', 'de')).toBe('Di., Do. 09:00–12:00, 14:00–18:00 · So.: geschlossen');
    expect(openingHoursInWords('Sa 10:30-12:00', 'nl')).toBe('za 10:30–12:00');
    expect(openingHoursInWords('24/7', 'fr')).toBe('tous les jours, 24 h/24');
  });
});
