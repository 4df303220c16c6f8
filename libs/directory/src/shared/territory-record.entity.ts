import { ApiProperty } from '@nestjs/swagger';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** What every row of a territory carries: its id, its tenant, its history stamps. */
export abstract class TerritoryRecord {
  @ApiProperty({ example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', format: 'uuid' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  @Column('uuid')
  territoryId: string;

  @ApiProperty({ example: null, nullable: true, type: String, format: 'date-time', description: 'When it was archived (kept for history instead of deleted)' })
  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;

  @ApiProperty({ example: '2026-03-01T09:00:00.000Z' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ApiProperty({ example: '2026-03-02T10:30:00.000Z' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
