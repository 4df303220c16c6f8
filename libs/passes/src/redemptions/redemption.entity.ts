import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** How a use was recorded: at the counter with a phone, typed from a tally sheet, or from a coupon. */
export const RECORDED_VIA = ['phone', 'tally_sheet', 'coupon'] as const;
export type RecordedVia = (typeof RECORDED_VIA)[number];

/** One use of an offer with a pass (or a coupon), credited to the accommodation whose pass (or coupon) it was. */
@Entity('redemptions')
export class Redemption {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  territoryId: string;

  /** None for a coupon's use: its coupon says which host and edition it is credited to. */
  @Column({ type: 'uuid', nullable: true, update: false })
  passId: string | null;

  @Column({ type: 'text', nullable: true, update: false })
  couponSerial: string | null;

  /** The edition that brought the use: its pass's, or its coupon's (set by the database). */
  @Column({ type: 'uuid', nullable: true, insert: false, update: false })
  editionId: string | null;

  @Column('uuid')
  offerId: string;

  @Column('uuid')
  producerId: string;

  @Column('uuid')
  accommodationId: string;

  @Column('date')
  redeemedOn: string;

  @Column('integer', { nullable: true })
  amountCents: number | null;

  @Column('uuid', { nullable: true })
  recordedBy: string | null;

  @Column('text', { select: false })
  idempotencyKey: string;

  @Column({ type: 'text', default: 'phone', update: false })
  recordedVia: RecordedVia;

  @Column('timestamptz', { nullable: true })
  voidedAt: Date | null;

  @Column('uuid', { nullable: true })
  voidedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
