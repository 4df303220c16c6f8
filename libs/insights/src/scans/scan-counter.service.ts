import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BufferedCounter, ONCE_PER_BATCH, type Counted } from '../counting/buffered-counter.js';

export interface ScanEvent {
  accommodationId: string;
  territoryId: string;
  day: string;
  lang: string;
  fromQr: boolean;
  /** The printed edition whose QR code was scanned; 0 or absent: none. */
  edition?: number;
}

/**
 * Counts openings of accommodation pages per accommodation, day, language and origin — numbers,
 * never people: no cookie, no address, no identifier.
 */
@Injectable()
export class ScanCounter extends BufferedCounter<ScanEvent> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  protected keyOf(event: ScanEvent): string {
    return `${event.accommodationId}|${event.day}|${event.lang}|${event.fromQr}|${event.edition ?? 0}`;
  }

  protected async write(batch: Counted<ScanEvent>[], batchId: string): Promise<void> {
    await this.dataSource.query(
      `${ONCE_PER_BATCH(7)}
       INSERT INTO scans (accommodation_id, territory_id, day, lang, from_qr, count, edition_number)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[], $5::boolean[], $6::int[], $8::smallint[]) WHERE EXISTS (SELECT 1 FROM first_write)
       ON CONFLICT (accommodation_id, day, lang, from_qr, edition_number) DO UPDATE SET count = scans.count + EXCLUDED.count`,
      [
        batch.map((c) => c.event.accommodationId),
        batch.map((c) => c.event.territoryId),
        batch.map((c) => c.event.day),
        batch.map((c) => c.event.lang),
        batch.map((c) => c.event.fromQr),
        batch.map((c) => c.count),
        batchId,
        batch.map((c) => c.event.edition ?? 0),
      ],
    );
  }
}
