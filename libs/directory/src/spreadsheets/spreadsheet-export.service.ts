import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, type Repository } from 'typeorm';
import { writeCsv, type Actor, type CsvDelimiter } from '#common';
import { Accommodation } from '../accommodations/accommodation.entity.js';
import { Producer } from '../producers/producer.entity.js';
import { TerritoriesService } from '../territories/territories.service.js';
import { SHEET_COLUMNS, writeRow, type SheetKind, type SheetLanguage } from './columns.js';

export interface SpreadsheetFile {
  filename: string;
  /** CSV text, BOM included when asked. */
  body: string;
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
  async export(kind: SheetKind, territoryId: string, actor: Actor, options: { delimiter?: CsvDelimiter; lang?: SheetLanguage } = {}): Promise<SpreadsheetFile> {
    const territory = await this.territories.assertCoordinates(territoryId, actor);
    const where = { territoryId, status: Not('archived' as const) };
    const order = { name: 'ASC', id: 'ASC' } as const;
    const records = kind === 'producers' ? await this.producers.find({ where, order }) : await this.accommodations.find({ where, order });
    const delimiter = options.delimiter ?? ';';
    const rows = [SHEET_COLUMNS[kind].map((column) => column.header), ...records.map((record) => writeRow(kind, record, delimiter, options.lang))];
    return { filename: `${FILE_NAMES[kind]}-${territory.slug}.csv`, body: writeCsv(rows, { delimiter }), records: records.length };
  }
}
