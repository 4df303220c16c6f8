import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One use of an offer with a pass, credited to the accommodation whose pass it was. */
@Entity('redemptions')
export class Redemption {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  territoryId: string;

  @Column('uuid')
  passId: string;

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

  @Column('timestamptz', { nullable: true })
  voidedAt: Date | null;

  @Column('uuid', { nullable: true })
  voidedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
