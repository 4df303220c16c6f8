import { ApiProperty } from '@nestjs/swagger';
import type { TerritoryRecord } from './territory-record.entity.js';

/** What every answer about a row of a territory carries: its id, its tenant, its history stamps. */
export abstract class TerritoryRecordView {
  @ApiProperty({ example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', format: 'uuid' })
  id: string;

  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  territoryId: string;

  @ApiProperty({ example: null, nullable: true, type: String, format: 'date-time', description: 'When it was archived (kept for history instead of deleted)' })
  archivedAt: Date | null;

  @ApiProperty({ example: '2026-03-01T09:00:00.000Z' })
  createdAt: Date;

  @ApiProperty({ example: '2026-03-02T10:30:00.000Z' })
  updatedAt: Date;
}

export function territoryRecordView(record: TerritoryRecord): TerritoryRecordView {
  return { id: record.id, territoryId: record.territoryId, archivedAt: record.archivedAt, createdAt: record.createdAt, updatedAt: record.updatedAt };
}
