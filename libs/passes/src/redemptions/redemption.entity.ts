import { ApiProperty } from '@nestjs/swagger';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One use of an offer with a pass, credited to the accommodation whose pass it was. */
@Entity('redemptions')
export class Redemption {
  @ApiProperty({ example: '4d5e6f70-8a9b-4c0d-9e1f-2a3b4c5d6e7f', format: 'uuid' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  @Column('uuid')
  territoryId: string;

  @ApiProperty({ example: '2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d', format: 'uuid' })
  @Column('uuid')
  passId: string;

  @ApiProperty({ example: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', format: 'uuid' })
  @Column('uuid')
  offerId: string;

  @ApiProperty({ example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', format: 'uuid' })
  @Column('uuid')
  producerId: string;

  @ApiProperty({ example: '7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a', format: 'uuid', description: 'The accommodation (and so the host) whose pass it was' })
  @Column('uuid')
  accommodationId: string;

  @ApiProperty({ example: '2026-07-14', format: 'date', description: "The day of the use, in the territory's time zone" })
  @Column('date')
  redeemedOn: string;

  @ApiProperty({ example: 2350, nullable: true, type: Number, description: 'Purchase declared by the producer, in cents' })
  @Column('integer', { nullable: true })
  amountCents: number | null;

  @ApiProperty({ example: '5d2c1b0a-9e8f-4d7c-8b6a-5f4e3d2c1b0a', format: 'uuid', nullable: true, type: String })
  @Column('uuid', { nullable: true })
  recordedBy: string | null;

  @Column('text', { select: false })
  idempotencyKey: string;

  @ApiProperty({ example: null, nullable: true, type: String, format: 'date-time' })
  @Column('timestamptz', { nullable: true })
  voidedAt: Date | null;

  @ApiProperty({ example: null, nullable: true, type: String, format: 'uuid' })
  @Column('uuid', { nullable: true })
  voidedBy: string | null;

  @ApiProperty({ example: '2026-07-14T10:32:00.000Z' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
