import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A commune of the official list (INSEE's, as `@etalab/decoupage-administratif` ships it). */
export interface OfficialCommune {
  name: string;
  inseeCode: string;
  departement: string;
  /** Absent only where the list gives none (none of metropolitan France). */
  region?: string;
}

/** A postcode and a commune as typed, read against the official list. */
export type CommuneMatch =
  | {
      commune: OfficialCommune;
      /** Five digits, the zero a spreadsheet dropped put back. */
      postcode: string;
      /** The typed commune is a former one, merged into `commune`. */
      formerly?: string;
    }
  | { unknownPostcode: string }
  | {
      notInPostcode: {
        postcode: string;
        communes: string[];
        /** Communes of that name elsewhere, with their postcodes: then the postcode is what is wrong. */
        elsewhere: { name: string; postcodes: string[] }[];
      };
    };

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  chefLieu?: string;
  codesPostaux?: string[];
}
interface RawArea {
  code: string;
  nom: string;
  region?: string;
}

interface Entry {
  name: string;
  inseeCode: string;
  departement: string;
  region?: string;
}
interface CommuneIndex {
  byPostcode: Map<string, Entry[]>;
  /** Former communes (déléguées, associées), by the current commune they belong to. */
  formerByCurrent: Map<string, Entry[]>;
}

const require = createRequire(import.meta.url);
const readData = <T>(file: string): T => JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}.json`), 'utf8')) as T;

let areas: { departements: Map<string, RawArea>; regions: Map<string, string> } | undefined;
let index: CommuneIndex | undefined;
let byKey: Map<string, { name: string; postcodes: string[] }[]> | undefined;

/** Départements and regions: small (13 kB), read once, on first use. */
function loadAreas() {
  areas ??= {
    departements: new Map(readData<RawArea[]>('departements').map((d) => [d.code, d])),
    regions: new Map(readData<RawArea[]>('regions').map((r) => [r.code, r.nom])),
  };
  return areas;
}

/**
 * The 37,000 communes by postcode: read once, on first use, since only imports and place edits
 * need them (8.6 MB of JSON: about 0.45 s on a quiet core, 6.4 MB of heap kept).
 */
function loadCommunes(): CommuneIndex {
  if (index) return index;
  const { departements, regions } = loadAreas();
  const entry = (c: RawCommune): Entry => {
    const departement = departements.get(c.departement ?? '');
    return {
      name: c.nom,
      inseeCode: c.code,
      departement: departement?.nom ?? c.departement ?? '',
      region: regions.get(c.region ?? departement?.region ?? ''),
    };
  };
  const built: CommuneIndex = { byPostcode: new Map(), formerByCurrent: new Map() };
  for (const raw of readData<RawCommune[]>('communes')) {
    if (raw.type === 'commune-actuelle') {
      const current = entry(raw);
      for (const postcode of raw.codesPostaux ?? []) built.byPostcode.set(postcode, [...(built.byPostcode.get(postcode) ?? []), current]);
    } else if ((raw.type === 'commune-deleguee' || raw.type === 'commune-associee') && raw.chefLieu) {
      built.formerByCurrent.set(raw.chefLieu, [...(built.formerByCurrent.get(raw.chefLieu) ?? []), entry(raw)]);
    }
  }
  index = built;
  return built;
}

/** A commune's name as people may spell it, reduced to one key: no accents, case, spaces, hyphens or apostrophes; "St" is "Saint" (as SQL's tp_place_key). */
export function communeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint')
    .replace(/[^a-z0-9]+/g, '');
}

/** Letters to add, drop or change to turn one key into the other. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** The one entry whose key is the typed one, else the one a typo or two away (never two candidates: then it is no guess). */
function closest(entries: Entry[], key: string): Entry | undefined {
  // keys made here, for a postcode's few communes, rather than for all 37,000 at load
  const keyed = entries.map((entry) => ({ entry, key: communeKey(entry.name) }));
  const exact = keyed.find((e) => e.key === key);
  if (exact) return exact.entry;
  const tolerated = key.length < 6 ? 0 : key.length < 10 ? 1 : 2;
  const near = keyed.filter((e) => editDistance(e.key, key) <= tolerated);
  return near.length === 1 ? near[0].entry : undefined;
}

const official = (entry: Entry): OfficialCommune => ({
  name: entry.name,
  inseeCode: entry.inseeCode,
  departement: entry.departement,
  ...(entry.region ? { region: entry.region } : {}),
});

/**
 * The commune a person meant, among its postcode's communes: spelt in any case, with or without
 * accents, hyphens or apostrophes, "St" for "Saint", a typo away; or a former commune, now part
 * of one of them.
 */
export function findCommune(postcode: string, commune: string): CommuneMatch {
  const digits = postcode.replace(/\s/g, '');
  // a spreadsheet drops the leading zero of 01000…09999
  const fixed = /^\d{4}$/.test(digits) ? `0${digits}` : digits;
  const { byPostcode, formerByCurrent } = loadCommunes();
  const candidates = byPostcode.get(fixed);
  if (!candidates) return { unknownPostcode: fixed };
  const key = communeKey(commune);
  const found = closest(candidates, key);
  if (found) return { commune: official(found), postcode: fixed };
  for (const current of candidates) {
    const former = closest(formerByCurrent.get(current.inseeCode) ?? [], key);
    if (former) return { commune: official(current), postcode: fixed, formerly: former.name };
  }
  return { notInPostcode: { postcode: fixed, communes: candidates.map((c) => c.name), elsewhere: communesNamed(key) } };
}

/** Current communes by spelling key, with their postcodes: built on the first mismatch only (about 0.1 s). */
function communesNamed(key: string): { name: string; postcodes: string[] }[] {
  if (!byKey) {
    byKey = new Map();
    const postcodesOf = new Map<Entry, string[]>();
    for (const [postcode, entries] of loadCommunes().byPostcode)
      for (const entry of entries) postcodesOf.set(entry, [...(postcodesOf.get(entry) ?? []), postcode]);
    for (const [entry, postcodes] of postcodesOf) {
      const entryKey = communeKey(entry.name);
      byKey.set(entryKey, [...(byKey.get(entryKey) ?? []), { name: entry.name, postcodes }]);
    }
  }
  return byKey.get(key) ?? [];
}

/** The département and region of a commune's INSEE code, from the small lists only (for pages, which need no more). */
export function areaOf(inseeCode: string): { departement: string; region?: string } | undefined {
  const { departements, regions } = loadAreas();
  // overseas départements have three digits (971…976), Corsica 2A and 2B
  const departement = departements.get(inseeCode.startsWith('97') ? inseeCode.slice(0, 3) : inseeCode.slice(0, 2));
  if (!departement) return undefined;
  const region = regions.get(departement.region ?? '');
  return region ? { departement: departement.nom, region } : { departement: departement.nom };
}
