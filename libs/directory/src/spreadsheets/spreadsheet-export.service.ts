import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, type Repository } from 'typeorm';
import { writeCsv, type Actor, type CsvDelimiter } from '#common';
import { Accommodation } from '../accommodations/accommodation.entity.js';
import { Producer } from '../producers/producer.entity.js';
import { TerritoriesService } from '../territories/territories.service.js';
import { SHEET_COLUMNS, writeRow, type SheetKind, type SheetLanguage } from './columns.js';
import { writeXlsx, XLSX_TYPE, type XlsxCell } from './xlsx.js';

export type SpreadsheetFormat = 'csv' | 'xlsx';

export interface SpreadsheetFile {
  filename: string;
  contentType: string;
  /** CSV text (BOM included) or the workbook's bytes. */
  body: string | Buffer;
  records: number;
}

const FILE_NAMES: Record<SheetKind, string> = { producers: 'producteurs', accommodations: 'hebergements' };

/** The territory's producers or accommodations (archived ones left out) with the columns the import reads: importing it back changes nothing. */
@Injectable()
export class SpreadsheetExportService {
  constructor(
    @InjectRepository(Producer) private readonly producers: Repository<Producer>,
    @InjectRepository(Accommodation) private readonly accommodations: Repository<Accommodation>,
    private readonly territories: TerritoriesService,
  ) {}

  /** `lang`: the language of the names of categories and labels (the file is French unless said). */
  async export(
    kind: SheetKind,
    territoryId: string,
    actor: Actor,
    options: { delimiter?: CsvDelimiter; format?: SpreadsheetFormat; lang?: SheetLanguage } = {},
  ): Promise<SpreadsheetFile> {
    const territory = await this.territories.assertCoordinates(territoryId, actor);
    const where = { territoryId, status: Not('archived' as const) };
    const order = { name: 'ASC', id: 'ASC' } as const;
    const records = kind === 'producers' ? await this.producers.find({ where, order }) : await this.accommodations.find({ where, order });
    const columns = SHEET_COLUMNS[kind];
    const header = columns.map((column) => column.header);
    const filename = `${FILE_NAMES[kind]}-${territory.slug}`;
    if (options.format === 'xlsx') {
      // typed cells: a number is a number cell, every other value a text cell, whatever it looks like
      const rows = records.map((record) =>
        columns.map((column): XlsxCell => {
          const value = (record as unknown as Record<string, unknown>)[column.field];
          return typeof value === 'number' ? value : column.write(record as Producer & Accommodation, ',', options.lang);
        }),
      );
      return { filename: `${filename}.xlsx`, contentType: XLSX_TYPE, body: await writeXlsx(FILE_NAMES[kind], header, rows), records: records.length };
    }
    const delimiter = options.delimiter ?? ';';
    const rows = [header, ...records.map((record) => writeRow(kind, record, delimiter, options.lang))];
    const text = new Set(columns.flatMap((column, i) => (column.numeric ? [] : [i])));
    return {
      filename: `${filename}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: writeCsv(rows, { delimiter, quoteNumberLike: (column) => text.has(column) }),
      records: records.length,
    };
  }
}
