import { describe, expect, it } from 'vitest';
import { schemaOrgOpeningHours } from './schema-org-hours.js';

describe('schema.org openingHours from the stored hours', () => {
  it('one "days time-range" per range, holidays left to their default, closed days left out', () => {
    expect(schemaOrgOpeningHours('Mo-Sa 17:30-19:00; PH off')).toEqual(['Mo-Sa 17:30-19:00']);
    expect(schemaOrgOpeningHours('Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; Su off')).toEqual(['Mo-Sa 09:00-12:00', 'Mo-Fr 14:00-18:00']);
    expect(schemaOrgOpeningHours('Tu,Th 16:00-20:00')).toEqual(['Tu,Th 16:00-20:00']);
  });

  it('nothing for words, for hours the parser only tolerates, or for what the plain week cannot say', () => {
    expect(schemaOrgOpeningHours(null)).toEqual([]);
    expect(schemaOrgOpeningHours('Vendredi 15h-19h')).toEqual([]);
    expect(schemaOrgOpeningHours('sur rendez-vous')).toEqual([]);
    expect(schemaOrgOpeningHours('Apr-Oct Sa 09:00-12:00')).toEqual([]);
  });
});
