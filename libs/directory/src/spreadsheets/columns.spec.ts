import { describe, expect, it } from 'vitest';
import { categoryOf, matchHeader, normaliseName, readRow } from './columns.js';

describe('spreadsheet columns', () => {
  it('match French or English names, case, accents and punctuation aside', () => {
    const header = [
      'Référence',
      'NOM',
      'Adresse',
      'Code postal',
      'Town',
      'Latitude',
      'longitude',
      'Téléphone',
      'E-mail',
      'Site web',
      'Catégories',
      'opening_hours',
      'Description FR',
      'Statut',
      '',
    ];
    const match = matchHeader('producers', header);
    expect(match.problems).toEqual([]);
    expect(match.columns.map((c) => c?.field)).toEqual([
      'externalRef',
      'name',
      'address',
      'postcode',
      'commune',
      'latitude',
      'longitude',
      'phone',
      'email',
      'website',
      'categories',
      'openingHours',
      'description.fr',
      'status',
      undefined,
    ]);
    expect(normaliseName(' Cœur de Gâtine ')).toBe('coeur_de_gatine');
  });

  it('name repeated and missing columns, and leave out columns of the sheet’s own with a word', () => {
    const match = matchHeader('accommodations', ['nom', 'name', 'adresse', 'code_postal', 'commune', 'latitude', 'longitude', 'couleur']);
    expect(match.problems).toEqual([
      { column: 'name', code: 'repeated_column', params: { column: 'name', first: 'nom' }, message: 'column "name" is the same as "nom": keep one of them' },
      { column: 'type', code: 'missing_column', params: { column: 'type' }, message: 'column "type" is missing' },
    ]);
    expect(match.warnings).toEqual([
      {
        column: 'couleur',
        code: 'ignored_column',
        params: expect.objectContaining({ column: 'couleur' }),
        message: expect.stringContaining('column "couleur" is left out'),
      },
    ]);
  });

  it('know the headers people write: "Description", "Catégorie(s)", "Horaires d’ouverture"', () => {
    const match = matchHeader('producers', [
      'Nom',
      'Adresse',
      'Code postal',
      'Commune',
      'Latitude',
      'Longitude',
      'Description',
      'Catégorie(s)',
      'Horaires d’ouverture',
    ]);
    expect(match.problems).toEqual([]);
    expect(match.warnings).toEqual([]);
    expect(match.columns.slice(6).map((column) => column?.field)).toEqual(['description.fr', 'categories', 'openingHours']);
  });

  it('know categories by key or by name in any language, singular or plural', () => {
    expect(['dairy_cheese', 'Produits laitiers et fromages', 'Dairy & cheese', 'fromages', 'Miel', 'HONEY', 'Légume', 'Zuivel & kaas'].map(categoryOf)).toEqual(
      ['dairy_cheese', 'dairy_cheese', 'dairy_cheese', 'dairy_cheese', 'honey', 'honey', 'vegetables', 'dairy_cheese'],
    );
    expect(categoryOf('Tricot')).toBeUndefined();
  });

  it('read a row: decimal commas, padded postcodes, lists, empty cells, protected formulas', () => {
    const header = ['nom', 'adresse', 'code_postal', 'commune', 'latitude', 'longitude', 'categories', 'telephone', 'reference', 'statut'];
    const row = readRow(
      matchHeader('producers', header),
      header,
      [`'=Ferme`, ' 1 rue ', '7100', 'Annonay', '45,24', '4.67', 'Miel, fruits|Miel', '', '', 'Suspendu'],
      ';',
    );
    expect(row).toEqual({
      values: {
        name: '=Ferme',
        address: '1 rue',
        postcode: '07100',
        commune: 'Annonay',
        latitude: 45.24,
        longitude: 4.67,
        categories: ['honey', 'fruits'],
        phone: null,
        status: 'suspended',
      },
      problems: [],
      // the dropped zero is put back, and said
      changes: [
        expect.objectContaining({ code: 'postcode_padded', column: 'code_postal', params: { typed: '7100', read: '07100' } }),
        // a name typed twice is read once, and said
        expect.objectContaining({ code: 'names_read', column: 'categories', params: expect.objectContaining({ readFr: 'Miel, Fruits' }) }),
      ],
    });
    const wrong = readRow(matchHeader('producers', header), header, ['', 'x', '79200', 'P', 'nord', '', 'Tricot', '', '', 'fermé'], ';');
    expect(wrong.problems.map((p) => `${p.column}: ${p.message.slice(0, 40)}`)).toEqual([
      'nom: nom is empty: it is required',
      'latitude: latitude must be a number, e.g. 46,6486 ',
      'categories: unknown category "Tricot" in categories:',
      'statut: statut must be one of active, suspended ',
    ]);
  });

  it('say names back only when they were typed otherwise than the product writes them', () => {
    const header = ['nom', 'adresse', 'code_postal', 'commune', 'latitude', 'longitude', 'categories', 'labels'];
    const changes = (categories: string, labels: string) =>
      readRow(matchHeader('producers', header), header, ['Ferme', '1 rue', '79200', 'Parthenay', '46,6', '-0,2', categories, labels], ';').changes.map(
        (change) => `${change.column}: ${change.message}`,
      );
    expect(changes('Miel, Fruits', 'Agriculture biologique')).toEqual([]);
    expect(changes('fruits|honey', 'organic')).toEqual([]);
    expect(changes('Fruits et légumes', 'Bio, AB')).toEqual([
      'categories: categories "Fruits et légumes" read as Fruit, Vegetables',
      'labels: labels "Bio, AB" read as Organic farming',
    ]);
  });
});
