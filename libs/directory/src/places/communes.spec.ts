import { describe, expect, it } from 'vitest';
import { areaOf, findCommune } from './communes.js';

describe('communes from the official list', () => {
  it('finds the commune a person typed among its postcode’s, however it was spelt', () => {
    for (const typed of ['Saint jean de liversay', 'SAINT-JEAN-DE-LIVERSAY', 'St Jean de Liversay', 'saint-jean-de-liversey'])
      expect(findCommune('17170', typed)).toEqual({
        commune: { name: 'Saint-Jean-de-Liversay', inseeCode: '17349', departement: 'Charente-Maritime', region: 'Nouvelle-Aquitaine' },
        postcode: '17170',
      });
    expect(findCommune('79400', "St-Maixent l'école")).toMatchObject({ commune: { name: "Saint-Maixent-l'École", inseeCode: '79270' } });
  });

  it('puts back the leading zero a spreadsheet dropped', () => {
    expect(findCommune('1000', 'bourg en bresse')).toMatchObject({ commune: { name: 'Bourg-en-Bresse', departement: 'Ain' }, postcode: '01000' });
  });

  it('reads a former commune as the one it is now part of', () => {
    expect(findCommune('79240', 'La Chapelle-Saint-Etienne')).toMatchObject({
      commune: { name: 'Moncoutant-sur-Sèvre', inseeCode: '79179' },
      formerly: 'La Chapelle-Saint-Étienne',
    });
  });

  it('says which communes a postcode has when the commune is none of them, where the commune is, and when no commune has the postcode', () => {
    const match = findCommune('79200', 'Saint jean de liversay');
    expect(match).toMatchObject({ notInPostcode: { postcode: '79200', elsewhere: [{ name: 'Saint-Jean-de-Liversay', postcodes: ['17170'] }] } });
    expect('notInPostcode' in match && match.notInPostcode.communes).toContain('Parthenay');
    expect(findCommune('79200', 'Nulle-Part-sur-Mer')).toMatchObject({ notInPostcode: { elsewhere: [] } });
    expect(findCommune('79099', 'Niort')).toEqual({ unknownPostcode: '79099' });
  });

  it('guesses no commune from a typo in a short name, nor from a word that is no commune’s', () => {
    expect(findCommune('79200', 'Adily')).toMatchObject({ notInPostcode: { postcode: '79200' } });
    expect(findCommune('79400', 'Saint')).toMatchObject({ notInPostcode: { postcode: '79400' } });
  });

  it('tells a commune’s département and region from its INSEE code', () => {
    expect(areaOf('79202')).toEqual({ departement: 'Deux-Sèvres', region: 'Nouvelle-Aquitaine' });
    expect(areaOf('2A004')).toEqual({ departement: 'Corse-du-Sud', region: 'Corse' });
    expect(areaOf('97105')).toEqual({ departement: 'Guadeloupe', region: 'Guadeloupe' });
  });
});
