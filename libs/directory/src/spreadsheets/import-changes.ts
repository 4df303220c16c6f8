import type { Accommodation } from '../accommodations/accommodation.entity.js';
import type { Producer } from '../producers/producer.entity.js';
import type { CsvDelimiter } from '#common';
import { SHEET_COLUMNS, type HeaderMatch, type RowValues, type SheetKind } from './columns.js';

/** A record the import creates or updates, and its values that change, as the spreadsheet writes them. */
export interface ImportChange {
  row: number;
  action: 'create' | 'update';
  /** The record's name (its new one, if the row renames it). */
  name: string;
  fields: { column: string; from: string; to: string }[];
}

type Record = Producer & Accommodation;

/**
 * What each checked row does to its record, column by column, in the spreadsheet's own writing
 * (decimal commas, categories joined by `|`): what a coordinator compares with the file. A
 * record left as it is has no entry.
 */
export function changesOf(
  kind: SheetKind,
  rows: readonly { row: number; existing?: Producer | Accommodation; merged?: RowValues }[],
  match: HeaderMatch,
  header: string[],
  delimiter: CsvDelimiter,
): ImportChange[] {
  const columns = SHEET_COLUMNS[kind].filter((column) => column.field !== 'id');
  // the column as the file names it, else as the export does
  const nameOf = new Map(columns.map((column) => [column, header[match.columns.indexOf(column)] ?? column.header]));
  const changes: ImportChange[] = [];
  for (const { row, existing, merged } of rows) {
    const after = { ...existing, ...merged } as Record;
    const fields = columns
      .map((column) => ({
        column: nameOf.get(column)!,
        from: existing ? column.write(existing as Record, delimiter) : '',
        to: column.write(after, delimiter),
      }))
      .filter((field) => field.from !== field.to);
    if (existing && fields.length === 0) continue;
    changes.push({ row, action: existing ? 'update' : 'create', name: after.name, fields });
  }
  return changes;
}
