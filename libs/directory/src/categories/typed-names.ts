import { normaliseName } from '../shared/name-key.js';

/** What a cell of names said: the keys found, in the order typed and once each, and the names that matched nothing, as typed. */
export interface NamesRead<K> {
  found: K[];
  unknown: string[];
}

/** Which key a normalised name is: `loosely` also by its head noun, once the name as a whole was not found. */
export type NameLookup<K> = (key: string, typed: string, loosely: boolean) => K | undefined;

// between names: the separators people use in one cell; " et ", " and ", " & " only when the whole name is unknown,
// so that "Produits laitiers et fromages" or "Dairy & cheese" stay one name
const LIST = /[|,;/\n]/;
const AND = /\s+(?:et|and|&|\+)\s+/i;

/** Whether a cell names the same things as `written`, item by item (order, case, accents and separators aside). */
export function sameNames(cell: string, written: string): boolean {
  const items = (text: string) =>
    text
      .split(LIST)
      .map((item) => normaliseName(item))
      .filter((item) => item !== '')
      .sort()
      .join(' ');
  return items(cell) === items(written);
}

/** Names of a fixed list as people type them, several per cell: "Fruits et légumes", "Bio, AB", "Œufs / Miel". */
export function readNames<K>(cell: string, lookup: NameLookup<K>): NamesRead<K> {
  const read: NamesRead<K> = { found: [], unknown: [] };
  const take = (typed: string, key: K | undefined) => {
    if (key === undefined) read.unknown.push(typed);
    else if (!read.found.includes(key)) read.found.push(key);
  };
  for (const item of cell.split(LIST).map((part) => part.trim())) {
    if (item === '') continue;
    const whole = lookup(normaliseName(item), item, false);
    const parts = item.split(AND).map((part) => part.trim());
    if (whole !== undefined || parts.length === 1) take(item, whole ?? lookup(normaliseName(item), item, true));
    else for (const part of parts) if (part !== '') take(part, lookup(normaliseName(part), part, false) ?? lookup(normaliseName(part), part, true));
  }
  return read;
}

/**
 * Looks names up in a map of normalised names: as typed, then singular ("fromages", "choux"); loosely,
 * by the head noun of a longer name ("fromage de chèvre" → fromage, "viande bovine" → viande, "goat cheese" → cheese).
 */
export function lookupIn<K>(names: ReadonlyMap<string, K>): (key: string, loosely: boolean) => K | undefined {
  const singular = (key: string) =>
    names.get(key) ?? names.get(key.replace(/(?<=[a-z]{2})[sx]$/, '')) ?? names.get(key.replace(/(?<=[a-z]{2})[sx](?=_|$)/g, ''));
  return (key, loosely) => {
    const found = singular(key);
    if (found !== undefined || !loosely || !key.includes('_')) return found;
    const head = key.split(/_(?:de|d|du|des|au|aux|a_la|en|a)_/)[0];
    const words = key.split('_');
    return (head !== key ? singular(head) : undefined) ?? singular(words[0]) ?? singular(words[words.length - 1]);
  };
}
