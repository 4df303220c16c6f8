import { describe, expect, it } from 'vitest';
import { producerType } from './schema-org.js';

describe('the schema.org type of a producer', () => {
  it('is a brewery, winery or distillery by its name, a bakery by its category, and otherwise a store, never a restaurant', () => {
    expect(producerType({ name: 'Brasserie du Thouet', categories: ['wine_drinks'] })).toBe('Brewery');
    expect(producerType({ name: 'Les Bières de Gâtine', categories: ['wine_drinks'] })).toBe('Brewery');
    expect(producerType({ name: 'Domaine des Trois Vignes', categories: ['wine_drinks', 'fruits'] })).toBe('Winery');
    expect(producerType({ name: 'Château de Tennessus', categories: ['wine_drinks'] })).toBe('Winery');
    expect(producerType({ name: 'Distillerie Chauvin', categories: ['wine_drinks'] })).toBe('Distillery');
    // cider and juice at a farm: a shop, not a winery
    expect(producerType({ name: 'Vergers du Thouet', categories: ['wine_drinks', 'fruits'] })).toBe('Store');
    expect(producerType({ name: 'Boulangerie du Bourg', categories: ['bakery_pastry'] })).toBe('Bakery');
    expect(producerType({ name: 'La Chèvrerie des Brandes', categories: ['dairy_cheese'] })).toBe('Store');
    expect(producerType({ name: 'Épicerie paysanne', categories: [] })).toBe('Store');
  });
});
