import { normaliseName } from '../shared/name-key.js';
import { lookupIn, readNames, type NamesRead } from './typed-names.js';

/**
 * The quality labels the product knows by name, and the words people use for them. A label is
 * stored as its key; a territory may keep labels of its own, stored as short lowercase words
 * (`race_parthenaise`), which are shown as they are.
 */
export const KNOWN_LABELS = {
  organic: {
    fr: 'Agriculture biologique',
    en: 'Organic farming',
    words: ['bio', 'ab', 'biologique', 'label ab', 'label bio', 'agriculture bio', 'eurofeuille', 'organic'],
  },
  nature_et_progres: { fr: 'Nature & Progrès', en: 'Nature & Progrès', words: ['nature et progres'] },
  demeter: { fr: 'Demeter', en: 'Demeter', words: ['biodynamie', 'biodynamic'] },
  hve: { fr: 'Haute valeur environnementale', en: 'High environmental value', words: ['hve'] },
  label_rouge: { fr: 'Label Rouge', en: 'Label Rouge', words: [] },
  aop: { fr: 'AOP', en: 'PDO', words: ['aoc', 'appellation d origine protegee', 'appellation d origine controlee'] },
  igp: { fr: 'IGP', en: 'PGI', words: ['indication geographique protegee'] },
  bienvenue_a_la_ferme: { fr: 'Bienvenue à la ferme', en: 'Bienvenue à la ferme', words: [] },
  accueil_paysan: { fr: 'Accueil paysan', en: 'Accueil paysan', words: [] },
  fermier: { fr: 'Fermier', en: 'Farm-made', words: ['produit fermier', 'farm made'] },
  circuit_court: { fr: 'Circuit court', en: 'Short supply chain', words: ['vente directe', 'direct sale'] },
} as const;

export type KnownLabel = keyof typeof KNOWN_LABELS;
const KEYS = Object.keys(KNOWN_LABELS) as KnownLabel[];

const NAMES = new Map<string, string>();
for (const key of KEYS) {
  const label = KNOWN_LABELS[key];
  for (const name of [key, label.fr, label.en, ...label.words]) NAMES.set(normaliseName(name), key);
}
const lookup = lookupIn(NAMES);
// a territory's own label, written as the API stores it
const OWN_LABEL = /^[a-z0-9_]{2,40}$/;

/**
 * A cell of labels: "Bio, AB" → organic. A label of the territory's own is kept when typed as the
 * API stores it (`plein_air`, as the export writes it); other words that name no known label are
 * the cell's problem, not a new label made of a typo.
 */
export function readLabels(cell: string): NamesRead<string> {
  // a key is looked up whole: `agneau_fermier` is a label of its own, not `fermier`
  return readNames(cell, (key, typed, loosely) => (OWN_LABEL.test(typed) ? (NAMES.get(key) ?? typed) : lookup(key, loosely)));
}

/** A label's name in a language: the known ones by their name, a territory's own as stored. */
export function labelName(key: string, lang: 'fr' | 'en'): string {
  return Object.hasOwn(KNOWN_LABELS, key) ? KNOWN_LABELS[key as KnownLabel][lang] : key;
}

/** The names of the known labels in a language, for a message. */
export function knownLabelNames(lang: 'fr' | 'en'): string {
  return KEYS.map((key) => KNOWN_LABELS[key][lang]).join(', ');
}
