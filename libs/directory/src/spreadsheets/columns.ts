import { csvDecimal, fromCsvCell, refusal, toCsvCell, type CsvDelimiter, type SaidRefusal } from '#common';
import { ACCOMMODATION_KINDS, type Accommodation } from '../accommodations/accommodation.entity.js';
import { CATEGORY_LABELS, type Category } from '../categories/categories.js';
import { sameNames } from '../categories/typed-names.js';
import { readCategories } from '../categories/category-names.js';
import { labelName, readLabels } from '../categories/labels.js';
import { normaliseName } from '../shared/name-key.js';
import { emailColumn, phoneColumn, websiteColumn } from './contact-columns.js';
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
  /** `column`: the header as the file names it, for the messages (the export's header when the file has no such column). */
  read(cell: string, delimiter: CsvDelimiter, column?: string): Read;
  /** `lang`: the file's language, for names of categories and labels (French unless said). */
  write(record: Producer & Accommodation, delimiter: CsvDelimiter, lang?: SheetLanguage): string;
}

/** The languages a spreadsheet writes names in. */
export type SheetLanguage = 'fr' | 'en';

export { normaliseName } from '../shared/name-key.js';
export { categoryOf } from '../categories/category-names.js';

const text = (header: string, field: string, aliases: string[], options: { required?: boolean } = {}): SheetColumn => ({
  header,
  aliases,
  field,
  requiredColumn: options.required,
  read: (cell, _delimiter, column = header) => {
    const value = cell.trim();
    if (value === '') return options.required ? { problem: refusal(SPREADSHEET_PROBLEMS, 'cell_required', { column }) } : { value: null };
    return { value };
  },
  write: (record) => (record as unknown as Record<string, string | null>)[field] ?? '',
});

const decimal = (header: string, field: string, aliases: string[], example: string, integer = false): SheetColumn => ({
  header,
  aliases,
  field,
  numeric: true,
  read: (cell, _delimiter, column = header) => {
    const value = cell.trim().replace(/\s/g, '');
    // a coordinate left empty is the geocoder's to find (or an existing record's to keep)
    if (value === '') return integer ? { value: null } : { skip: true };
    // French spreadsheets write decimals with a comma
    const normalised = /^[+-]?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
    const number = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalised) ? Number(normalised) : Number.NaN;
    if (Number.isNaN(number)) return { problem: refusal(SPREADSHEET_PROBLEMS, 'not_a_number', { column, example, found: cell.trim().slice(0, 30) }) };
    return { value: number };
  },
  write: (record, delimiter) => {
    const value = (record as unknown as Record<string, number | null>)[field];
    if (value === null || value === undefined) return '';
    return csvDecimal(value, delimiter);
  },
});

const categories: SheetColumn = {
  header: 'categories',
  aliases: ['categorie', 'category', 'produits', 'products'],
  field: 'categories',
  read: (cell, _delimiter, column = 'categories') => {
    const { found, unknown } = readCategories(cell);
    if (unknown.length > 0)
      return { problem: refusal(SPREADSHEET_PROBLEMS, 'unknown_categories', { column, count: unknown.length, names: quotedList(unknown) }) };
    return namesRead(cell, column, found, categoryNames);
  },
  write: (record, _delimiter, lang = 'fr') => categoryNames(record.categories, lang),
};

const categoryNames = (keys: readonly Category[], lang: SheetLanguage) => keys.map((category) => CATEGORY_LABELS[category][lang]).join(', ');
const labelNames = (keys: readonly string[], lang: SheetLanguage) => keys.map((label) => labelName(label, lang)).join(', ');

/** Names typed otherwise than the product writes them ("Fruits et légumes", "Bio, AB") are read, and said back as read. */
function namesRead<K>(cell: string, column: string, found: K[], names: (keys: K[], lang: SheetLanguage) => string): Read {
  const [readFr, readEn] = [names(found, 'fr'), names(found, 'en')];
  // the keys themselves are what older exports wrote
  if ([readFr, readEn, found.join(', ')].some((written) => sameNames(cell, written))) return { value: found };
  return { value: found, changed: refusal(SPREADSHEET_PROBLEMS, 'names_read', { column, typed: cell.trim().slice(0, 80), readFr, readEn }) };
}

const labels: SheetColumn = {
  header: 'labels',
  aliases: ['label', 'signes_de_qualite', 'certifications'],
  field: 'labels',
  read: (cell, _delimiter, column = 'labels') => {
    const { found, unknown } = readLabels(cell);
    if (unknown.length > 0) return { problem: refusal(SPREADSHEET_PROBLEMS, 'unknown_labels', { column, count: unknown.length, names: quotedList(unknown) }) };
    return namesRead(cell, column, found, labelNames);
  },
  write: (record, _delimiter, lang = 'fr') => labelNames(record.labels, lang),
};

const quotedList = (names: string[]) =>
  names
    .slice(0, 5)
    .map((name) => `"${name.slice(0, 40)}"`)
    .join(', ');

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
  read: (cell, _delimiter, column = header) => {
    if (cell.trim() === '') return options.required ? { problem: refusal(SPREADSHEET_PROBLEMS, 'cell_required', { column }) } : { skip: true };
    const value = values[normaliseName(cell)];
    if (value === undefined)
      return {
        problem: refusal(SPREADSHEET_PROBLEMS, 'not_a_choice', {
          column,
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
  read: (cell, _delimiter, column = 'code_postal') => {
    const value = cell.replace(/\s/g, '');
    if (value === '') return { problem: refusal(SPREADSHEET_PROBLEMS, 'cell_required', { column }) };
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
  phone: phoneColumn,
  email: emailColumn,
  website: websiteColumn,
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
    const read = column.read(fromCsvCell(cell), delimiter, header[i]);
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
    const read = column.read('', delimiter, header[i]);
    if ('problem' in read) problems.push({ column: header[i], field: column.field, ...read.problem });
    else if ('value' in read) values[column.field] = read.value;
  }
  // what one cell says for another field (unreadable hours become the note) joins that field's own cell
  for (const extra of also) for (const [field, value] of Object.entries(extra)) values[field] = joinedText(values[field], String(value));
  return { values, problems, changes };
}

/** A record as the export writes it: the cells of `SHEET_COLUMNS[kind]`, protected against formulas. */
export function writeRow(kind: SheetKind, record: Producer | Accommodation, delimiter: CsvDelimiter, lang: SheetLanguage = 'fr'): string[] {
  return SHEET_COLUMNS[kind].map((column) => toCsvCell(column.write(record as Producer & Accommodation, delimiter, lang)));
}
