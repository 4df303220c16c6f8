import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Language } from '#common';

/** A stay's pass: dates, guests, language — no name, no e-mail. Its code is its QR code. */
@Entity('passes')
export class Pass {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  territoryId: string;

  @Column('uuid')
  accommodationId: string;

  @Column({ default: () => 'tp_checked_code(10)', update: false })
  code: string;

  @Column('date')
  arrival: string;

  @Column('date')
  departure: string;

  @Column('integer')
  guests: number;

  @Column('text')
  lang: Language;

  @Column('text')
  status: 'active' | 'cancelled';

  @Column('timestamptz', { nullable: true })
  cancelledAt: Date | null;

  @Column('uuid', { nullable: true, select: false })
  issuedBy: string | null;

  /** The issuing form's key: the same key again answers the same pass. */
  @Column('text', { nullable: true, select: false })
  idempotencyKey: string | null;

  /** The printed edition whose QR code opened the page the pass was taken from. */
  @Column('uuid', { nullable: true })
  editionId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
