import { ApiProperty } from '@nestjs/swagger';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LANGUAGES, type Language } from '../../../common/src/index.js';

/** A stay's pass: dates, guests, language — no name, no e-mail. Its code is its QR code. */
@Entity('passes')
export class Pass {
  @ApiProperty({ example: '2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d', format: 'uuid' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  @Column('uuid')
  territoryId: string;

  @ApiProperty({ example: '7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a', format: 'uuid' })
  @Column('uuid')
  accommodationId: string;

  @ApiProperty({ example: 'k7m3p9qa2x', description: 'Short code of the pass (no 0/o, 1/l/i), printed as its QR code' })
  @Column({ default: () => 'tp_short_code(10)', update: false })
  code: string;

  @ApiProperty({ example: '2026-07-12', format: 'date' })
  @Column('date')
  arrival: string;

  @ApiProperty({ example: '2026-07-19', format: 'date', description: 'Last day the pass is valid' })
  @Column('date')
  departure: string;

  @ApiProperty({ example: 4 })
  @Column('integer')
  guests: number;

  @ApiProperty({ example: 'en', enum: LANGUAGES })
  @Column('text')
  lang: Language;

  @ApiProperty({ example: 'active', enum: ['active', 'cancelled'] })
  @Column('text')
  status: 'active' | 'cancelled';

  @ApiProperty({ example: null, nullable: true, type: String, format: 'date-time' })
  @Column('timestamptz', { nullable: true })
  cancelledAt: Date | null;

  @Column('uuid', { nullable: true, select: false })
  issuedBy: string | null;

  /** The issuing form's key: the same key again answers the same pass. */
  @Column('text', { nullable: true, select: false })
  idempotencyKey: string | null;

  @ApiProperty({ example: '2026-07-12T16:00:00.000Z' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ApiProperty({ example: '2026-07-12T16:00:00.000Z' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
