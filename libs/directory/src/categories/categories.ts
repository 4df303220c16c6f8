import type { Language } from '#common';

/** The fixed list of product categories, with their names in every language of the product. */
export const CATEGORY_LABELS = {
  fruits: { fr: 'Fruits', en: 'Fruit', nl: 'Fruit', de: 'Obst' },
  vegetables: { fr: 'Légumes', en: 'Vegetables', nl: 'Groenten', de: 'Gemüse' },
  meat: { fr: 'Viande', en: 'Meat', nl: 'Vlees', de: 'Fleisch' },
  poultry: { fr: 'Volailles', en: 'Poultry', nl: 'Gevogelte', de: 'Geflügel' },
  eggs: { fr: 'Œufs', en: 'Eggs', nl: 'Eieren', de: 'Eier' },
  charcuterie: { fr: 'Charcuterie', en: 'Charcuterie', nl: 'Vleeswaren', de: 'Wurstwaren' },
  dairy_cheese: { fr: 'Produits laitiers et fromages', en: 'Dairy & cheese', nl: 'Zuivel & kaas', de: 'Milchprodukte & Käse' },
  bakery_pastry: { fr: 'Boulangerie et pâtisserie', en: 'Bakery & pastry', nl: 'Brood & gebak', de: 'Brot & Gebäck' },
  preserves_deli: { fr: 'Conserves et épicerie fine', en: 'Preserves & deli', nl: 'Conserven & delicatessen', de: 'Konserven & Feinkost' },
  honey: { fr: 'Miel', en: 'Honey', nl: 'Honing', de: 'Honig' },
  wine_drinks: { fr: 'Vins et boissons', en: 'Wine & drinks', nl: 'Wijn & dranken', de: 'Wein & Getränke' },
  plants_flowers: { fr: 'Plantes et fleurs', en: 'Plants & flowers', nl: 'Planten & bloemen', de: 'Pflanzen & Blumen' },
  crafts: { fr: 'Artisanat', en: 'Crafts', nl: 'Ambachten', de: 'Handwerk' },
} as const satisfies Record<string, Record<Language, string>>;

export type Category = keyof typeof CATEGORY_LABELS;
export const CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];
