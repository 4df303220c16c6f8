import { LANGUAGES } from '#common';
import { normaliseName } from '../shared/name-key.js';
import { CATEGORIES, CATEGORY_LABELS, type Category } from './categories.js';
import { lookupIn, readNames, type NamesRead } from './typed-names.js';

/** Words people use for a category beside its names, French and English, singular (plurals are read too). */
const SYNONYMS: Record<Category, readonly string[]> = {
  fruits: ['fruit', 'pomme', 'poire', 'fraise', 'fruits rouges', 'verger', 'arboriculture', 'apple', 'berry', 'orchard'],
  vegetables: ['legume', 'vegetable', 'maraichage', 'maraicher', 'pomme de terre', 'pommes de terre', 'potato', 'potatoes', 'salade', 'veg'],
  meat: ['viande', 'boucherie', 'boeuf', 'porc', 'agneau', 'veau', 'mouton', 'bovin', 'beef', 'pork', 'lamb', 'veal', 'butcher'],
  poultry: ['volaille', 'poulet', 'canard', 'oie', 'pintade', 'dinde', 'chicken', 'duck', 'goose', 'turkey'],
  eggs: ['oeuf', 'egg'],
  charcuterie: ['saucisson', 'jambon', 'pate', 'rillette', 'terrine', 'sausage', 'ham', 'cured meat'],
  dairy_cheese: [
    'fromage',
    'fromagerie',
    'produit laitier',
    'laitage',
    'lait',
    'yaourt',
    'beurre',
    'creme',
    'chevre',
    'cheese',
    'dairy',
    'milk',
    'yogurt',
    'butter',
  ],
  bakery_pastry: ['boulangerie', 'patisserie', 'pain', 'viennoiserie', 'gateau', 'biscuit', 'bread', 'bakery', 'pastry', 'pastries', 'cake'],
  preserves_deli: ['conserve', 'epicerie', 'epicerie fine', 'confiture', 'huile', 'farine', 'jam', 'preserve', 'deli', 'oil', 'flour', 'grocery'],
  honey: ['miel', 'apiculture', 'apiculteur', 'honey', 'beekeeper'],
  wine_drinks: ['vin', 'boisson', 'cidre', 'jus', 'biere', 'spiritueux', 'liqueur', 'pineau', 'wine', 'drink', 'beer', 'cider', 'juice'],
  plants_flowers: ['plante', 'fleur', 'pepiniere', 'horticulture', 'plant', 'flower', 'nursery'],
  crafts: ['artisanat', 'artisan', 'poterie', 'ceramique', 'craft', 'pottery'],
};

const NAMES = new Map<string, Category>();
for (const category of CATEGORIES) {
  for (const name of [category, ...LANGUAGES.map((lang) => CATEGORY_LABELS[category][lang]), ...SYNONYMS[category]]) NAMES.set(normaliseName(name), category);
}
const lookup = lookupIn(NAMES);

/** One category as a person names it, in any language of the product, singular or plural, or by a usual word for it. */
export function categoryOf(name: string): Category | undefined {
  return lookup(normaliseName(name), true);
}

/** A cell of categories: "Fruits et légumes" → fruits, vegetables; "Œufs"; "Fromage de chèvre" → dairy_cheese. */
export function readCategories(cell: string): NamesRead<Category> {
  return readNames(cell, (key, _typed, loosely) => lookup(key, loosely));
}
