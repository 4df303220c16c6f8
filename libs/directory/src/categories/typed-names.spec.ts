import { describe, expect, it } from 'vitest';
import { categoryOf, readCategories } from './category-names.js';
import { labelName, readLabels } from './labels.js';

describe('categories as people name them', () => {
  it('reads several per cell, whatever the separator, case, accents or plural', () => {
    expect(readCategories('Fruits et légumes')).toEqual({ found: ['fruits', 'vegetables'], unknown: [] });
    expect(readCategories('Œufs')).toEqual({ found: ['eggs'], unknown: [] });
    expect(readCategories('Fromage de chèvre')).toEqual({ found: ['dairy_cheese'], unknown: [] });
    expect(readCategories('MIEL ; volailles / oeufs, Vin and cider')).toEqual({ found: ['honey', 'poultry', 'eggs', 'wine_drinks'], unknown: [] });
    expect(readCategories('fruits|vegetables')).toEqual({ found: ['fruits', 'vegetables'], unknown: [] });
  });

  it('keeps a name that holds "et" or "&" whole when it is one category', () => {
    expect(readCategories('Produits laitiers et fromages, Dairy & cheese')).toEqual({ found: ['dairy_cheese'], unknown: [] });
    expect(readCategories('Pommes de terre')).toEqual({ found: ['vegetables'], unknown: [] });
  });

  it('knows French and English words beside the names, and the head noun of a longer name', () => {
    expect(['goat cheese', 'Viande bovine', 'Pain d’épices', 'jus de pomme', 'Légumes bio', 'Poterie'].map(categoryOf)).toEqual([
      'dairy_cheese',
      'meat',
      'bakery_pastry',
      'wine_drinks',
      'vegetables',
      'crafts',
    ]);
  });

  it('names what matches nothing, as typed', () => {
    expect(readCategories('Miel et Tricot, Savons')).toEqual({ found: ['honey'], unknown: ['Tricot', 'Savons'] });
  });
});

describe('labels as people name them', () => {
  it('reads "Bio, AB" as the organic label, once', () => {
    expect(readLabels('Bio, AB')).toEqual({ found: ['organic'], unknown: [] });
    expect(readLabels('Agriculture biologique; Bienvenue à la ferme')).toEqual({ found: ['organic', 'bienvenue_a_la_ferme'], unknown: [] });
    expect(readLabels('Nature & Progrès, label rouge')).toEqual({ found: ['nature_et_progres', 'label_rouge'], unknown: [] });
  });

  it('keeps a territory’s own label typed as stored, never cut to a known word', () => {
    expect(readLabels('agneau_fermier|race_parthenaise')).toEqual({ found: ['agneau_fermier', 'race_parthenaise'], unknown: [] });
  });

  it('names words that are no label, rather than making a label of a typo', () => {
    expect(readLabels('Bio, Labbel Qualité')).toEqual({ found: ['organic'], unknown: ['Labbel Qualité'] });
  });

  it('writes a known label in the file’s language and reads that name back', () => {
    for (const lang of ['fr', 'en'] as const) {
      const names = ['organic', 'aop', 'nature_et_progres', 'plein_air', 'constructor'].map((key) => labelName(key, lang)).join(', ');
      expect(readLabels(names).found).toEqual(['organic', 'aop', 'nature_et_progres', 'plein_air', 'constructor']);
    }
  });
});
