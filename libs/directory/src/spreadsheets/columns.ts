import { csvDecimal, fromCsvCell, LANGUAGES, refusal, toCsvCell, type CsvDelimiter, type SaidRefusal } from '#common';
import { ACCOMMODATION_KINDS, type Accommodation } from '../accommodations/accommodation.entity.js';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../categories/categories.js';
import type { Producer } from '../producers/producer.entity.js';
import { SPREADSHEET_PROBLEMS } from './import-problems.js';
import { HOURS_NOTE_HEADER, joinedText, readHoursCell } from './hours-cell.js';
import { PLACE_PROBLEMS } from '../places/place-problems.js';

export type SheetKind = 'producers' | 'accommodations';
export const SHEET_KINDS: readonly SheetKind[] = ['producers', 'accommodations'];

/**
 * What one row says, by field of the API's create DTO (`description.fr` for a language of the
 * description). A column left out of the file leaves its field out; an empty cell of an optional
 * column is null (the value is cleared), except the reference and the status, which an empty
 * cell leaves as they are.
 */
export type RowValues = Record<string, unknown>;

/** A cell read: its value (and what was changed from what was typed, for the person to see), a problem, or nothing to set. */
type Read = { value: unknown; changed?: SaidRefusal; also?: RowValues } | { problem: SaidRefusal } | { skip: true };

export interface SheetColumn {
  /** The header written on export (French, as the association's spreadsheet has it). */
  header: string;
  /** Other names accepted, compared without accents, case or punctuation. */
  aliases: readonly string[];
  /** The DTO field it fills: problems the DTO finds in this field are reported on this column. */
  field: string;
  /** The file must have this column. */
  requiredColumn?: boolean;
  /** Its values are numbers (number cells in a workbook); the others are texts, whatever they look like. */
  numeric?: boolean;
  read(cell: string, delimiter: CsvDelimiter): Read;
  write(record: Producer & Accommodation, delimiter: CsvDelimiter): string;
}

/** Lower case, no accents, words joined by `_`: "Code postal" → code_postal, "Téléphone" → telephone. */
export function normaliseName(value: string): string {
  return (
    value
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/œ/gi, 'oe')
      .replace(/æ/gi, 'ae')
      // "Catégorie(s)" is the plural a person means
      .replace(/\(s\)/gi, 's')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
  );
}

const text = (header: string, field: string, aliases: string[], options: { required?: boolean } = {}): SheetColumn => ({
  header,
  aliases,
  field,
  requiredColumn: options.required,
  read: (cell) => {
    const value = cell.trim();
    if (value === '') return options.required ? { problem: refusal(SPREADSHEET_PROBLEMS, 'cell_required', { column: header }) } : { value: null };
    return { value };
  },
  write: (record) => (record as unknown as Record<string, string | null>)[field] ?? '',
});

const decimal = (header: string, field: string, aliases: string[], example: string, integer = false): SheetColumn => ({
  header,
  aliases,
  field,
  numeric: true,
  read: (cell) => {
    const value = cell.trim().replace(/\s/g, '');
    // a coordinate left empty is the geocoder's to find (or an existing record's to keep)
    if (value === '') return integer ? { value: null } : { skip: true };
    // French spreadsheets write decimals with a comma
    const normalised = /^[+-]?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
    const number = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalised) ? Number(normalised) : Number.NaN;
    if (Number.isNaN(number)) return { problem: refusal(SPREADSHEET_PROBLEMS, 'not_a_number', { column: header, example, found: cell.trim().slice(0, 30) }) };
    return { value: number };
  },
  write: (record, delimiter) => {
    const value = (record as unknown as Record<string, number | null>)[field];
    if (value === null || value === undefined) return '';
    return csvDecimal(value, delimiter);
  },
});

const list = (cell: string) =>
  cell
    .split(/[|,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** Category keys and their names in every language, without accents or case, singular or plural. */
const CATEGORY_NAMES = new Map<string, Category>();
for (const category of CATEGORIES) {
  for (const name of [category, ...LANGUAGES.map((lang) => CATEGORY_LABELS[category][lang])]) {
    const key = normaliseName(name);
    CATEGORY_NAMES.set(key, category);
    CATEGORY_NAMES.set(key.replace(/s$/, ''), category);
  }
}

/** Words a spreadsheet uses for a category, beside its names. */
const CATEGORY_SYNONYMS: Record<string, Category> = {
  fromage: 'dairy_cheese',
  produits_laitiers: 'dairy_cheese',
  cheese: 'dairy_cheese',
  dairy: 'dairy_cheese',
  boulangerie: 'bakery_pastry',
  patisserie: 'bakery_pastry',
  pain: 'bakery_pastry',
  bakery: 'bakery_pastry',
  conserves: 'preserves_deli',
  epicerie: 'preserves_deli',
  epicerie_fine: 'preserves_deli',
  vin: 'wine_drinks',
  boisson: 'wine_drinks',
  wine: 'wine_drinks',
  drinks: 'wine_drinks',
  plante: 'plants_flowers',
  fleur: 'plants_flowers',
  plants: 'plants_flowers',
  flowers: 'plants_flowers',
  volaille: 'poultry',
};
for (const [word, category] of Object.entries(CATEGORY_SYNONYMS)) CATEGORY_NAMES.set(word, category);

export function categoryOf(name: string): Category | undefined {
  const key = normaliseName(name);
  return CATEGORY_NAMES.get(key) ?? CATEGORY_NAMES.get(key.replace(/s$/, ''));
}

const categories: SheetColumn = {
  header: 'categories',
  aliases: ['categorie', 'category'],
  field: 'categories',
  read: (cell) => {
    const found: Category[] = [];
    const unknown: string[] = [];
    for (const name of list(cell)) {
      const category = categoryOf(name);
      if (!category) unknown.push(name);
      else if (!found.includes(category)) found.push(category);
    }
    if (unknown.length > 0) {
      return {
        problem: refusal(SPREADSHEET_PROBLEMS, 'unknown_categories', {
          count: unknown.length,
          names: unknown.map((name) => `"${name}"`).join(', '),
          categories: CATEGORIES.map((c) => `${c} (${CATEGORY_LABELS[c].fr})`).join(', '),
        }),
      };
    }
    return { value: found };
  },
  write: (record) => record.categories.join('|'),
};

const labels: SheetColumn = {
  header: 'labels',
  aliases: ['label'],
  field: 'labels',
  read: (cell) => ({ value: list(cell) }),
  write: (record) => record.labels.join('|'),
};

const description = (lang: 'fr' | 'en'): SheetColumn => ({
  header: `description_${lang}`,
  // a French association's sheet has one "Description", in French
  aliases: lang === 'fr' ? ['description', 'descriptif', 'presentation'] : ['english_description', 'description_anglais'],
  field: `description.${lang}`,
  read: (cell) => ({ value: cell.trim() === '' ? null : cell.trim() }),
  write: (record) => (record.description as Record<string, string> | null)?.[lang] ?? '',
});

const reference: SheetColumn = {
  header: 'reference',
  aliases: ['external_ref', 'ref', 'reference_externe', 'external_reference'],
  field: 'externalRef',
  read: (cell) => (cell.trim() === '' ? { skip: true } : { value: cell.trim() }),
  write: (record) => record.externalRef ?? '',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The record's own id, written by the export so that each row names its record beyond doubt (two
 * records may share a name and postcode, and neither need have a reference). The import matches
 * on it first; a new row leaves it empty.
 */
const id: SheetColumn = {
  header: 'id',
  aliases: ['identifiant', 'identifier', 'uuid'],
  field: 'id',
  read: (cell) => {
    const value = cell.trim();
    if (value === '') return { skip: true };
    if (!UUID.test(value))
      return {
        problem: refusal(SPREADSHEET_PROBLEMS, 'id_malformed', { found: value.slice(0, 40) }),
      };
    return { value: value.toLowerCase() };
  },
  write: (record) => record.id,
};

const choice = (header: string, field: string, aliases: string[], values: Record<string, string>, options: { required?: boolean } = {}): SheetColumn => ({
  header,
  aliases,
  field,
  requiredColumn: options.required,
  read: (cell) => {
    if (cell.trim() === '') return options.required ? { problem: refusal(SPREADSHEET_PROBLEMS, 'cell_required', { column: header }) } : { skip: true };
    const value = values[normaliseName(cell)];
    if (value === undefined)
      return {
        problem: refusal(SPREADSHEET_PROBLEMS, 'not_a_choice', {
          column: header,
          choices: [...new Set(Object.values(values))].join(', '),
          found: cell.trim().slice(0, 30),
        }),
      };
    return { value };
  },
  write: (record) => (record as unknown as Record<string, string>)[field],
});

const postcode: SheetColumn = {
  header: 'code_postal',
  aliases: ['postcode', 'cp', 'code_postal', 'postal_code', 'zip'],
  field: 'postcode',
  requiredColumn: true,
  read: (cell) => {
    const value = cell.replace(/\s/g, '');
    if (value === '') return { problem: refusal(SPREADSHEET_PROBLEMS, 'cell_required', { column: 'code_postal' }) };
    // a spreadsheet drops the leading zero of 01000…09999
    if (/^\d{4}$/.test(value)) return { value: `0${value}`, changed: refusal(PLACE_PROBLEMS, 'postcode_padded', { typed: value, read: `0${value}` }) };
    return { value };
  },
  write: (record) => record.postcode,
};

const place = {
  reference,
  name: text('nom', 'name', ['name', 'raison_sociale'], { required: true }),
  address: text('adresse', 'address', ['address', 'adresse_postale'], { required: true }),
  postcode,
  commune: text('commune', 'commune', ['town', 'ville', 'city'], { required: true }),
  latitude: decimal('latitude', 'latitude', ['lat'], '46,6486'),
  longitude: decimal('longitude', 'longitude', ['lng', 'lon', 'long'], '-0,2472'),
  phone: text('telephone', 'phone', ['phone', 'tel']),
  email: text('email', 'email', ['e_mail', 'courriel', 'mail']),
  website: text('site_web', 'website', ['website', 'site', 'site_internet', 'url']),
};

/** Opening hours: the OpenStreetMap syntax as it is, hours written in words read into it (and the change said). */
const hours: SheetColumn = {
  header: 'horaires',
  aliases: ['opening_hours', 'heures_d_ouverture', 'horaires_d_ouverture', 'ouverture', 'hours'],
  field: 'openingHours',
  read: (cell) => readHoursCell(cell, HOURS_NOTE_HEADER),
  write: (record) => record.openingHours ?? '',
};

const hoursNote = text(HOURS_NOTE_HEADER, 'hoursNote', ['note_horaires', 'hours_note', 'remarque_horaires']);

/** The columns of each spreadsheet, in the order the export writes them. */
export const SHEET_COLUMNS: Record<SheetKind, readonly SheetColumn[]> = {
  producers: [
    place.reference,
    place.name,
    place.address,
    place.postcode,
    place.commune,
    place.latitude,
    place.longitude,
    place.phone,
    place.email,
    place.website,
    categories,
    hours,
    hoursNote,
    description('fr'),
    description('en'),
    labels,
    choice('statut', 'status', ['status'], { active: 'active', actif: 'active', suspended: 'suspended', suspendu: 'suspended', suspendue: 'suspended' }),
    id,
  ],
  accommodations: [
    place.reference,
    place.name,
    choice(
      'type',
      'kind',
      ['kind', 'type_d_hebergement', 'hebergement'],
      {
        ...Object.fromEntries(ACCOMMODATION_KINDS.map((kind) => [kind, kind])),
        chambre_d_hotes: 'chambre_hotes',
        chambres_d_hotes: 'chambre_hotes',
        chambres_hotes: 'chambre_hotes',
        gites: 'gite',
        gite_rural: 'gite',
        hotels: 'hotel',
        autre: 'other',
      },
      { required: true },
    ),
    place.address,
    place.postcode,
    place.commune,
    place.latitude,
    place.longitude,
    decimal('capacite', 'capacity', ['capacity', 'couchages', 'personnes'], '6', true),
    place.phone,
    place.email,
    place.website,
    description('fr'),
    description('en'),
    choice('statut', 'status', ['status'], {
      active: 'active',
      actif: 'active',
      disabled: 'disabled',
      desactive: 'disabled',
      inactif: 'disabled',
      ferme: 'disabled',
    }),
    id,
  ],
};

export interface HeaderMatch {
  /** The column of each cell of the header, or undefined for a nameless or unknown one. */
  columns: (SheetColumn | undefined)[];
  problems: ({ column: string | null } & SaidRefusal)[];
  /** Columns left out (a sheet often carries notes of its own): said, never a reason to refuse the file. */
  warnings: ({ column: string } & SaidRefusal)[];
}

/** Which column each header cell is: unknown, repeated and missing columns are problems of row 1. */
export function matchHeader(kind: SheetKind, header: string[]): HeaderMatch {
  const known = SHEET_COLUMNS[kind];
  const byName = new Map<string, SheetColumn>();
  for (const column of known) for (const name of [column.header, ...column.aliases]) byName.set(normaliseName(name), column);
  const problems: HeaderMatch['problems'] = [];
  const warnings: HeaderMatch['warnings'] = [];
  const seen = new Map<SheetColumn, string>();
  const columns = header.map((name) => {
    if (name.trim() === '') return undefined;
    const column = byName.get(normaliseName(name));
    if (!column) {
      warnings.push({ column: name, ...refusal(SPREADSHEET_PROBLEMS, 'ignored_column', { column: name, columns: known.map((c) => c.header).join(', ') }) });
      return undefined;
    }
    if (seen.has(column)) {
      problems.push({ column: name, ...refusal(SPREADSHEET_PROBLEMS, 'repeated_column', { column: name, first: String(seen.get(column)) }) });
      return undefined;
    }
    seen.set(column, name);
    return column;
  });
  if (header.every((name) => name.trim() === '')) {
    problems.push({ column: null, ...refusal(SPREADSHEET_PROBLEMS, 'empty_file') });
    return { columns, problems, warnings };
  }
  for (const column of known) {
    if (column.requiredColumn && !seen.has(column))
      problems.push({ column: column.header, ...refusal(SPREADSHEET_PROBLEMS, 'missing_column', { column: column.header }) });
  }
  return { columns, problems, warnings };
}

export interface ReadRow {
  values: RowValues;
  problems: ({ column: string; field: string } & SaidRefusal)[];
  /** What was changed from what was typed (hours written in words, say). */
  changes: ({ column: string } & SaidRefusal)[];
}

/** The values of one record, by DTO field, with the problems of its cells. */
export function readRow(match: HeaderMatch, header: string[], cells: string[], delimiter: CsvDelimiter): ReadRow {
  const values: RowValues = {};
  const problems: ReadRow['problems'] = [];
  const changes: ReadRow['changes'] = [];
  const also: RowValues[] = [];
  for (const [i, cell] of cells.entries()) {
    const column = match.columns[i];
    if (!column) {
      if (i >= header.length && cell.trim() !== '')
        problems.push({ column: `column ${i + 1}`, field: '', ...refusal(SPREADSHEET_PROBLEMS, 'beyond_header', { columns: header.length }) });
      else if (i < header.length && header[i].trim() === '' && cell.trim() !== '')
        problems.push({ column: `column ${i + 1}`, field: '', ...refusal(SPREADSHEET_PROBLEMS, 'nameless_column') });
      continue;
    }
    const read = column.read(fromCsvCell(cell), delimiter);
    if ('problem' in read) problems.push({ column: header[i], field: column.field, ...read.problem });
    else if ('value' in read) {
      values[column.field] = read.value;
      if (read.changed) changes.push({ column: header[i], ...read.changed });
      if (read.also) also.push(read.also);
    }
  }
  // a short row: the missing cells are empty ones
  for (let i = cells.length; i < header.length; i++) {
    const column = match.columns[i];
    if (!column) continue;
    const read = column.read('', delimiter);
    if ('problem' in read) problems.push({ column: header[i], field: column.field, ...read.problem });
    else if ('value' in read) values[column.field] = read.value;
  }
  // what one cell says for another field (unreadable hours become the note) joins that field's own cell
  for (const extra of also) for (const [field, value] of Object.entries(extra)) values[field] = joinedText(values[field], String(value));
  return { values, problems, changes };
}

/** A record as the export writes it: the cells of `SHEET_COLUMNS[kind]`, protected against formulas. */
export function writeRow(kind: SheetKind, record: Producer | Accommodation, delimiter: CsvDelimiter): string[] {
  return SHEET_COLUMNS[kind].map((column) => toCsvCell(column.write(record as Producer & Accommodation, delimiter)));
}
