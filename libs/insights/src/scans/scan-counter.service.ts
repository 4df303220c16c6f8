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
    return `${event.accommodationId}|${event.day}|${event.lang}|${event.fromQr}`;
  }

  protected async write(batch: Counted<ScanEvent>[], batchId: string): Promise<void> {
    await this.dataSource.query(
      `${ONCE_PER_BATCH(7)}
       INSERT INTO scans (accommodation_id, territory_id, day, lang, from_qr, count)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[], $5::boolean[], $6::int[]) WHERE EXISTS (SELECT 1 FROM first_write)
       ON CONFLICT (accommodation_id, day, lang, from_qr) DO UPDATE SET count = scans.count + EXCLUDED.count`,
      [
        batch.map((c) => c.event.accommodationId),
        batch.map((c) => c.event.territoryId),
        batch.map((c) => c.event.day),
        batch.map((c) => c.event.lang),
        batch.map((c) => c.event.fromQr),
        batch.map((c) => c.count),
        batchId,
      ],
    );
  }
}
