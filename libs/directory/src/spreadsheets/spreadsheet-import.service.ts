import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { EntityManager, Repository } from 'typeorm';
import { codeOf, refusal, toFieldErrors, ValidationFailed, VALIDATOR_OPTIONS, type Actor, type SaidRefusal } from '#common';
import { AuditService } from '#audit';
import { queryRows } from '#database';
import { CreateAccommodationDto } from '../accommodations/accommodation.dto.js';
import { Accommodation } from '../accommodations/accommodation.entity.js';
import { CreateProducerDto } from '../producers/producer.dto.js';
import { Producer } from '../producers/producer.entity.js';
import { shortCode } from '../shared/short-code.js';
import { uniqueSlug } from '../shared/unique-slug.js';
import { TerritoriesService } from '../territories/territories.service.js';
import type { ParsedCsv } from './csv.js';
import { judgePosition } from '../shared/position-sense.js';
import { territoryCentre } from '../shared/sensible-position.js';
import { SPREADSHEET_PROBLEMS } from './import-problems.js';
import { matchHeader, readRow, SHEET_COLUMNS, type HeaderMatch, type RowValues, type SheetKind } from './columns.js';
import { sheetOf } from './sheet-file.js';
import { similarPlaces } from './similar-places.js';
import { changesOf, type ImportChange } from './import-changes.js';
import { GEOCODER, type Geocoder } from '../places/geocoder.js';
import { officialRowPlace, placeRows } from './import-places.js';

/** One problem of a file: where, its English sentence, and its code and parameters for other languages. */
export interface ImportProblem extends SaidRefusal {
  /** The row number the spreadsheet shows (header = 1). */
  row: number;
  /** The column as named in the file, or null for the whole row. */
  column: string | null;
}

export interface ImportReport {
  dryRun: boolean;
  /** Records read (blank rows left out). */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
  /** What was left out or changed from what was typed (a column of the sheet's own, hours written in words): said, never refused. */
  warnings: ImportProblem[];
  /** What each created or updated record gets, when asked for (`ImportOptions.changes`). */
  changes?: ImportChange[];
}

export interface ImportProgress {
  phase: 'check' | 'write';
  done: number;
  total: number;
  label: string;
}

export interface ImportOptions {
  dryRun: boolean;
  /** With problems, a real import throws the 400 of the API (the default), or answers the report having written nothing ('report'). */
  problems?: 'throw' | 'report';
  onProgress?: (progress: ImportProgress) => void;
  /** Also say, record by record, what is created or changed (the member pages' check shows it). */
  changes?: boolean;
  /** Rows named like a record or an earlier row (same name up to accents and punctuation, same postcode) are other places: no question asked. */
  allowSimilar?: boolean;
}

type Place = Producer | Accommodation;

/** Bounds the work and the answer of one import (2,000 rows check in about 3.5 s). */
export const MAX_IMPORT_ROWS = 10_000;
const MAX_PROBLEMS = 200;

/**
 * A report's problems apart from the note that ends a list cut short ("and more problems from this
 * row on"), so that what says how many problems there are agrees with the lines listed.
 */
export function listedProblems(report: ImportReport): { problems: ImportProblem[]; more?: ImportProblem } {
  return report.problems.length > MAX_PROBLEMS
    ? { problems: report.problems.slice(0, MAX_PROBLEMS), more: report.problems[MAX_PROBLEMS] }
    : { problems: report.problems };
}

/** The fields an import reads and compares, per spreadsheet; and what a new record holds where the file says nothing. */
const FIELDS: Record<SheetKind, readonly string[]> = {
  producers: [
    'name',
    'address',
    'postcode',
    'commune',
    'inseeCode',
    'latitude',
    'longitude',
    'phone',
    'email',
    'website',
    'externalRef',
    'categories',
    'openingHours',
    'hoursNote',
    'description',
    'labels',
    'status',
  ],
  accommodations: [
    'name',
    'kind',
    'address',
    'postcode',
    'commune',
    'inseeCode',
    'latitude',
    'longitude',
    'capacity',
    'phone',
    'email',
    'website',
    'externalRef',
    'description',
    'status',
  ],
};
const DEFAULTS: Record<SheetKind, RowValues> = {
  producers: {
    phone: null,
    email: null,
    website: null,
    externalRef: null,
    categories: [],
    openingHours: null,
    hoursNote: null,
    description: {},
    labels: [],
    status: 'active',
  },
  accommodations: { capacity: null, phone: null, email: null, website: null, externalRef: null, description: null, status: 'active' },
};
const ENTITY = { producers: Producer, accommodations: Accommodation } as const;
const DTO = { producers: CreateProducerDto, accommodations: CreateAccommodationDto } as const;
const NOUN = { producers: 'producer', accommodations: 'accommodation' } as const;
const MATCHING_PROBLEMS = new Set([
  'duplicate_id',
  'duplicate_reference',
  'duplicate_name',
  'unknown_id',
  'archived_id',
  'archived_reference',
  'reference_taken',
  'ambiguous_name',
]);

interface Plan {
  row: number;
  values: RowValues;
  /** The record's id, when the row carries one (an export's rows do). */
  id?: string;
  /** The fields already reported by the reading of the cells: the DTO's word on them would repeat it. */
  reported: Set<string>;
  ref?: string;
  key?: string;
  existing?: Place;
  merged?: RowValues;
  changes?: RowValues;
}

/**
 * The coordinator's spreadsheet in: every row checked with the API's own create rules and matched
 * to the territory's records (by reference, else by name + postcode), every problem of every row
 * reported, and then all rows written in one transaction, or none.
 */
@Injectable()
export class SpreadsheetImportService {
  constructor(
    @InjectRepository(Producer) private readonly producers: Repository<Producer>,
    private readonly territories: TerritoriesService,
    private readonly audit: AuditService,
    @Inject(GEOCODER) private readonly geocoder: Geocoder | null,
  ) {}

  /** Coordinators of the territory (and the platform admin) import; 404 when there is no such territory. */
  async assertMayImport(territoryId: string, actor: Actor): Promise<void> {
    await this.territories.assertCoordinates(territoryId, actor);
  }

  /** `file`: the file's bytes (an .xlsx workbook; or CSV in UTF-8, UTF-16 with its byte-order mark, else Windows-1252) or its text. */
  async import(kind: SheetKind, territoryId: string, file: string | Uint8Array, actor: Actor, options: ImportOptions): Promise<ImportReport> {
    await this.assertMayImport(territoryId, actor);
    const read = await sheetOf(file);
    if ('problem' in read) {
      const problems: ImportProblem[] = [{ row: 1, column: null, ...read.problem }];
      return this.refused(
        { dryRun: options.dryRun, rows: 0, created: 0, updated: 0, unchanged: 0, problems, warnings: [], ...(options.changes ? { changes: [] } : {}) },
        options,
      );
    }
    if (options.dryRun) return (await this.check(kind, territoryId, read.sheet, options, this.producers.manager)).report;
    // Checked and written in one transaction, one import of a territory at a time: what was matched is what is written.
    return this.producers.manager.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('tp_import:' || $1))`, [territoryId]);
      const { report, plans } = await this.check(kind, territoryId, read.sheet, options, tx);
      if (report.problems.length === 0) await this.write(kind, territoryId, plans, actor, options, tx);
      return this.refused(report, options);
    });
  }

  /** A real import with problems throws the API's 400 (unless asked for the report), each problem's message saying its row. */
  private refused(report: ImportReport, options: ImportOptions): ImportReport {
    if (report.problems.length === 0 || options.dryRun || options.problems === 'report') return report;
    throw new ValidationFailed(
      report.problems.map(({ row, column, message, ...said }) => ({
        field: column === null ? `row ${row}` : `row ${row}: ${column}`,
        ...said,
        message: `row ${row}: ${message}`,
      })),
    );
  }

  private async check(kind: SheetKind, territoryId: string, csv: ParsedCsv, options: ImportOptions, db: EntityManager) {
    const problems: ImportProblem[] = [];
    const match = matchHeader(kind, csv.header);
    problems.push(...match.problems.map((p) => ({ row: 1, ...p })));
    const warnings: ImportProblem[] = match.warnings.map((w) => ({ row: 1, ...w }));
    const columnName = (cell: number | undefined) => (cell === undefined ? null : csv.header[cell]?.trim() || `column ${cell + 1}`);
    for (const problem of csv.problems)
      problems.push({ row: problem.row, column: problem.row === 1 ? null : columnName(problem.cell), message: problem.message, ...codeOf(problem) });
    const columnOf = (field: string) => {
      const cell = match.columns.findIndex((c) => c?.field === field);
      return cell < 0 ? null : columnName(cell);
    };
    const headerBroken = match.problems.some((p) => p.column === null) || csv.problems.some((p) => p.row === 1);

    const plans: Plan[] = [];
    if (csv.records.length > MAX_IMPORT_ROWS) {
      problems.push({ row: 1, column: null, ...refusal(SPREADSHEET_PROBLEMS, 'too_many_rows', { rows: csv.records.length, max: MAX_IMPORT_ROWS }) });
      return {
        plans,
        report: { dryRun: options.dryRun, rows: csv.records.length, created: 0, updated: 0, unchanged: 0, problems, warnings } satisfies ImportReport,
      };
    }
    // a missing column is said once, on row 1, not again on every row
    const missing = SHEET_COLUMNS[kind].filter((c) => c.requiredColumn && !match.columns.includes(c)).map((c) => c.field);
    if (!headerBroken) {
      const centre = await territoryCentre(db, territoryId);
      const latitudeColumn = columnOf('latitude');
      for (const record of csv.records) {
        if (record.broken) continue; // its quoting problem is reported; its cells cannot be trusted
        const read = readRow(match, csv.header, record.cells, csv.delimiter);
        problems.push(...read.problems.map((p) => ({ row: record.row, column: p.column, message: p.message, ...codeOf(p) })));
        warnings.push(...read.changes.map((change) => ({ row: record.row, ...change })));
        const placeProblems = officialRowPlace(record.row, read.values, columnOf, { problems, warnings });
        const { latitude, longitude } = read.values;
        if (typeof latitude === 'number' && typeof longitude === 'number') {
          const judged = judgePosition({ latitude, longitude }, centre);
          if ('swapped' in judged) {
            Object.assign(read.values, judged.swapped);
            const typed = `${latitude}, ${longitude}`;
            warnings.push({
              row: record.row,
              column: latitudeColumn,
              ...refusal(SPREADSHEET_PROBLEMS, 'coordinates_swapped', { typed, read: `${judged.swapped.latitude}, ${judged.swapped.longitude}` }),
            });
          } else if ('farKm' in judged) {
            problems.push({ row: record.row, column: latitudeColumn, ...refusal(SPREADSHEET_PROBLEMS, 'far_from_territory', { km: judged.farKm }) });
          }
        }
        const { id, ...values } = read.values;
        plans.push({
          row: record.row,
          values,
          id: typeof id === 'string' ? id : undefined,
          reported: new Set([...missing, ...read.problems.map((p) => p.field), ...placeProblems]),
        });
      }
    }
    const stored = await this.match(db, kind, territoryId, plans, match, csv.header, problems);
    await placeRows(plans, this.geocoder, columnOf, { problems, warnings });
    if (!options.allowSimilar) {
      const nameColumn = columnName(match.columns.findIndex((c) => c?.field === 'name'));
      // a row whose record the matching already questioned is not asked about twice
      const questioned = new Set(problems.filter((p) => MATCHING_PROBLEMS.has(p.code ?? '')).map((p) => p.row));
      const similar = similarPlaces(kind, plans, stored).filter((s) => !questioned.has(s.row));
      problems.push(...similar.map((s) => ({ ...s, column: nameColumn })));
    }

    let unchecked: number | undefined;
    for (const [i, plan] of plans.entries()) {
      // past the first problems, a file is wrong throughout: the report says from where on it was not checked, not each problem
      if (problems.length >= MAX_PROBLEMS) {
        unchecked = plan.row;
        break;
      }
      options.onProgress?.({ phase: 'check', done: i + 1, total: plans.length, label: typeof plan.values.name === 'string' ? plan.values.name : '' });
      problems.push(...(await this.validate(kind, territoryId, plan, match, csv.header)));
    }
    const wrong = new Set(problems.map((p) => p.row));
    // a problem of the header or of the file (row 1), a missing column say, is every row's: none would be written;
    // and the rows left unchecked once the problems were too many are counted nowhere
    const counted = wrong.has(1) ? [] : plans.filter((plan) => plan.merged !== undefined && !wrong.has(plan.row));
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const plan of counted) {
      if (!plan.existing) counts.created++;
      else if (Object.keys(plan.changes!).length > 0) counts.updated++;
      else counts.unchanged++;
    }
    const changes = options.changes ? { changes: changesOf(kind, counted, match, csv.header, csv.delimiter) } : {};
    problems.sort((a, b) => a.row - b.row);
    // the geocoder's word on a row comes after the reading of the whole file: each row's warnings together
    warnings.sort((a, b) => a.row - b.row);
    const rows = csv.records.length;
    const cut = problems.length > MAX_PROBLEMS ? problems[MAX_PROBLEMS].row : unchecked;
    const listed =
      cut !== undefined ? [...problems.slice(0, MAX_PROBLEMS), { row: cut, column: null, ...refusal(SPREADSHEET_PROBLEMS, 'more_problems') }] : problems;
    return {
      plans,
      report: { dryRun: options.dryRun, rows, ...counts, problems: listed, warnings: warnings.slice(0, MAX_PROBLEMS), ...changes } satisfies ImportReport,
    };
  }

  /** Each row's record of the territory: by reference when the row has one, else by name + postcode; and the duplicates of the file. */
  private async match(
    db: EntityManager,
    kind: SheetKind,
    territoryId: string,
    plans: Plan[],
    match: HeaderMatch,
    header: string[],
    problems: ImportProblem[],
  ): Promise<Place[]> {
    const table = kind === 'producers' ? 'producers' : 'accommodations';
    const existing = await db.getRepository<Place>(ENTITY[kind]).find({ where: { territoryId } });
    const keys = await queryRows<{ id: string; key: string }>(db, `SELECT id, tp_search_text(name) AS key FROM ${table} WHERE territory_id = $1`, [
      territoryId,
    ]);
    const keyOf = new Map(keys.map((k) => [k.id, k.key]));
    const names = plans.map((plan) => (typeof plan.values.name === 'string' ? plan.values.name : ''));
    const [{ keys: rowKeys }] = await queryRows<{ keys: string[] }>(
      db,
      `SELECT coalesce(array_agg(tp_search_text(n) ORDER BY o), '{}') AS keys FROM unnest($1::text[]) WITH ORDINALITY AS t(n, o)`,
      [names],
    );
    const nameKey = (key: string, postcode: unknown) => `${key.replace(/\s+/g, ' ').trim()}|${String(postcode)}`;

    const byId = new Map(existing.map((r) => [r.id, r]));
    const byRef = new Map(existing.filter((r) => r.externalRef !== null).map((r) => [r.externalRef!, r]));
    const byName = new Map<string, Place[]>();
    for (const record of existing) {
      if (record.status === 'archived') continue;
      const key = nameKey(keyOf.get(record.id) ?? '', record.postcode);
      byName.set(key, [...(byName.get(key) ?? []), record]);
    }
    const column = (field: string) => header[match.columns.findIndex((c) => c?.field === field)] ?? SHEET_COLUMNS[kind].find((c) => c.field === field)!.header;

    const seenId = new Map<string, number>();
    const seenRef = new Map<string, number>();
    const seenName = new Map<string, { row: number; ref?: string; id?: string }[]>();
    // two rows of one name and postcode are two records when their ids or their references differ
    const apart = (a: { ref?: string; id?: string }, b: { ref?: string; id?: string }) =>
      (a.id !== undefined && b.id !== undefined && a.id !== b.id) || (a.ref !== undefined && b.ref !== undefined && a.ref !== b.ref);
    const claimed = new Map<string, number>();
    for (const [i, plan] of plans.entries()) {
      plan.ref = typeof plan.values.externalRef === 'string' ? plan.values.externalRef : undefined;
      if (names[i] !== '' && typeof plan.values.postcode === 'string') plan.key = nameKey(rowKeys[i], plan.values.postcode);

      // duplicates inside the file
      let duplicate = false;
      if (plan.id !== undefined) {
        const first = seenId.get(plan.id);
        duplicate = first !== undefined;
        if (first !== undefined) problems.push({ row: plan.row, column: column('id'), ...refusal(SPREADSHEET_PROBLEMS, 'duplicate_id', { row: first }) });
        else seenId.set(plan.id, plan.row);
      }
      if (plan.ref !== undefined) {
        const first = seenRef.get(plan.ref);
        duplicate ||= first !== undefined;
        if (first !== undefined)
          problems.push({
            row: plan.row,
            column: column('externalRef'),
            ...refusal(SPREADSHEET_PROBLEMS, 'duplicate_reference', { row: first, reference: plan.ref }),
          });
        else seenRef.set(plan.ref, plan.row);
      }
      if (plan.key !== undefined) {
        const earlier = seenName.get(plan.key) ?? [];
        const twin = earlier.find((e) => !apart(e, plan));
        if (twin && !(plan.ref !== undefined && twin.ref === plan.ref) && !(plan.id !== undefined && twin.id === plan.id)) {
          duplicate = true;
          problems.push({
            row: plan.row,
            column: column('name'),
            ...refusal(SPREADSHEET_PROBLEMS, 'duplicate_name', { row: twin.row, kind }),
          });
        }
        seenName.set(plan.key, [...earlier, { row: plan.row, ref: plan.ref, id: plan.id }]);
      }

      // the record it updates: by id, else by reference, else by name and postcode
      let found: Place | undefined;
      if (plan.id !== undefined) {
        found = byId.get(plan.id);
        if (!found) {
          problems.push({
            row: plan.row,
            column: column('id'),
            ...refusal(SPREADSHEET_PROBLEMS, 'unknown_id', { kind }),
          });
          continue;
        }
        if (found.status === 'archived') {
          problems.push({
            row: plan.row,
            column: column('id'),
            ...refusal(SPREADSHEET_PROBLEMS, 'archived_id', { kind }),
          });
          continue;
        }
        const owner = plan.ref !== undefined ? byRef.get(plan.ref) : undefined;
        if (owner && owner.id !== found.id) {
          problems.push({
            row: plan.row,
            column: column('externalRef'),
            ...refusal(SPREADSHEET_PROBLEMS, 'reference_taken', { reference: plan.ref ?? '', name: owner.name, kind }),
          });
          continue;
        }
      } else if (plan.ref !== undefined) found = byRef.get(plan.ref);
      if (found?.status === 'archived') {
        problems.push({
          row: plan.row,
          column: column('externalRef'),
          ...refusal(SPREADSHEET_PROBLEMS, 'archived_reference', { reference: String(plan.ref), kind }),
        });
        continue;
      }
      if (!found && plan.key !== undefined) {
        const candidates = (byName.get(plan.key) ?? []).filter((r) => plan.ref === undefined || r.externalRef === null);
        if (candidates.length > 1) {
          problems.push({
            row: plan.row,
            column: column('name'),
            ...refusal(SPREADSHEET_PROBLEMS, 'ambiguous_name', { count: candidates.length, kind }),
          });
          continue;
        }
        found = candidates[0];
      }
      if (found) {
        const first = claimed.get(found.id);
        if (first !== undefined && !duplicate)
          problems.push({ row: plan.row, column: column('name'), ...refusal(SPREADSHEET_PROBLEMS, 'same_record', { row: first, name: found.name, kind }) });
        else claimed.set(found.id, plan.row);
        plan.existing = found;
      }
    }
    return existing;
  }

  /** The row merged into its record (or a new one), checked with the API's create rules; its changes. */
  private async validate(kind: SheetKind, territoryId: string, plan: Plan, match: HeaderMatch, header: string[]): Promise<ImportProblem[]> {
    const fields = FIELDS[kind];
    const base: RowValues = plan.existing ? Object.fromEntries(fields.map((f) => [f, (plan.existing as unknown as RowValues)[f]])) : { ...DEFAULTS[kind] };
    const merged: RowValues = { ...base };
    for (const [field, value] of Object.entries(plan.values)) {
      if (field.startsWith('description.')) {
        const description: Record<string, string> = { ...((merged.description as Record<string, string> | null) ?? {}) };
        const lang = field.slice('description.'.length);
        if (value === null) delete description[lang];
        else description[lang] = value as string;
        merged.description = Object.keys(description).length > 0 ? description : kind === 'producers' ? {} : null;
      } else {
        merged[field] = value;
      }
    }
    // what a spreadsheet changes only by spaces around a text is no change
    for (const field of fields) if (plan.existing && same(merged[field], base[field])) merged[field] = base[field];

    const plain: RowValues = { territoryId };
    for (const [field, value] of Object.entries(merged)) {
      // the commune's code follows from the checked commune: no create rule of the API's names it
      if (value === null || value === undefined || field === 'inseeCode') continue;
      if (field === 'description' && Object.keys(value).length === 0) continue;
      plain[field] = value;
    }
    const dto = plainToInstance(DTO[kind] as new () => object, plain);
    const errors = toFieldErrors(await validate(dto, VALIDATOR_OPTIONS));
    const problems: ImportProblem[] = [];
    for (const error of errors) {
      const index = match.columns.findIndex(
        (c) => c !== undefined && (error.field === c.field || error.field.startsWith(`${c.field}[`) || c.field.startsWith(`${error.field}.`)),
      );
      const field = index >= 0 ? match.columns[index]!.field : error.field;
      if (plan.reported.has(field)) continue;
      const column = index >= 0 ? header[index] : error.field;
      problems.push({
        row: plan.row,
        column,
        code: error.code ?? 'invalid_value',
        params: error.params,
        message: error.message.replace(new RegExp(`^${escapeRegExp(error.field)}\\b`), column),
      });
    }
    plan.merged = merged;
    plan.changes = plan.existing ? Object.fromEntries(fields.filter((f) => !same(merged[f], base[f])).map((f) => [f, merged[f]])) : merged;
    return problems;
  }

  private async write(kind: SheetKind, territoryId: string, plans: Plan[], actor: Actor, options: ImportOptions, tx: EntityManager): Promise<void> {
    const entity = ENTITY[kind];
    const codes = kind === 'accommodations' ? await this.freeCodes(plans.filter((p) => !p.existing).length, tx) : [];
    const todo = plans.filter((plan) => !plan.existing || Object.keys(plan.changes!).length > 0);
    const repository = tx.getRepository<Place>(entity);
    for (const [i, plan] of todo.entries()) {
      if (!plan.existing) {
        const slug = await uniqueSlug(repository, territoryId, plan.merged!.name as string, undefined);
        const fields = { ...plan.merged, territoryId, slug, ...(kind === 'accommodations' ? { code: codes.pop() } : {}) };
        const saved = await tx.save(tx.create(entity, fields as object));
        await this.audit.record(tx, actor, { territoryId, action: 'create', entityType: NOUN[kind], entityId: saved.id, after: saved });
      } else {
        // one UPDATE of the changed columns (the whole description when a language changed)
        await tx.update(entity, { id: plan.existing.id }, plan.changes as object);
        const after = { ...plan.existing, ...plan.changes };
        await this.audit.record(tx, actor, { territoryId, action: 'update', entityType: NOUN[kind], entityId: plan.existing.id, before: plan.existing, after });
      }
      options.onProgress?.({ phase: 'write', done: i + 1, total: todo.length, label: String(plan.merged!.name) });
    }
  }

  /** Short codes for new accommodations, none of them already printed on someone else's QR code. */
  private async freeCodes(count: number, db: EntityManager): Promise<string[]> {
    const codes = new Set<string>();
    while (codes.size < count) {
      const drawn = Array.from({ length: count - codes.size }, () => shortCode()).filter((code) => !codes.has(code));
      const taken = await queryRows<{ code: string }>(db, `SELECT code FROM accommodations WHERE code = ANY($1::text[])`, [drawn]);
      const takenCodes = new Set(taken.map((t) => t.code));
      for (const code of drawn) if (!takenCodes.has(code)) codes.add(code);
    }
    return [...codes];
  }
}

/** Equal as a spreadsheet sees it: texts up to surrounding spaces, lists and texts per language by content, null as nothing. */
function same(a: unknown, b: unknown): boolean {
  const norm = (value: unknown): unknown => {
    if (value === undefined || value === null) return null;
    // a form sends line breaks as CRLF, a spreadsheet keeps LF: the same text
    if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
    if (Array.isArray(value)) return value.map(norm);
    if (typeof value === 'object') {
      const entries = Object.entries(value).map(([k, v]) => [k, norm(v)] as const);
      return entries.length === 0 ? null : Object.fromEntries(entries.sort(([x], [y]) => x.localeCompare(y)));
    }
    return value;
  };
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
