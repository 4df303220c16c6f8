import { ApiProperty } from '@nestjs/swagger';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { translatedTextSchema, type TranslatedText } from '../../../common/src/index.js';

export const ACCOMMODATION_KINDS = ['gite', 'chambre_hotes', 'camping', 'hotel', 'other'] as const;
export type AccommodationKind = (typeof ACCOMMODATION_KINDS)[number];
export const ACCOMMODATION_STATUSES = ['active', 'disabled', 'archived'] as const;
export type AccommodationStatus = (typeof ACCOMMODATION_STATUSES)[number];

/** Where tourists sleep; its permanent short code is printed as a QR code. */
@Entity('accommodations')
export class Accommodation {
  @ApiProperty({ example: '7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a', format: 'uuid' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  @Column('uuid')
  territoryId: string;

  @ApiProperty({ example: 'k7m3p9qa', description: 'Permanent short code of its QR code (no 0/O/1/l): survives a rename' })
  @Column()
  code: string;

  @ApiProperty({ example: 'gite', enum: ACCOMMODATION_KINDS })
  @Column('text')
  kind: AccommodationKind;

  @ApiProperty({ example: 'gite-des-tilleuls' })
  @Column()
  slug: string;

  @ApiProperty({ example: 'Gîte des Tilleuls' })
  @Column()
  name: string;

  @ApiProperty({ ...translatedTextSchema({ fr: 'Longère rénovée au bord du Thouet.', en: 'Restored farmhouse by the Thouet river.' }), nullable: true })
  @Column('jsonb', { nullable: true })
  description: TranslatedText | null;

  @ApiProperty({ example: '3 chemin des Tilleuls' })
  @Column()
  address: string;

  @ApiProperty({ example: '79130' })
  @Column()
  postcode: string;

  @ApiProperty({ example: 'Secondigny' })
  @Column()
  commune: string;

  @ApiProperty({ example: 46.6102 })
  @Column('double precision')
  latitude: number;

  @ApiProperty({ example: -0.4147 })
  @Column('double precision')
  longitude: number;

  @ApiProperty({ example: 6, nullable: true, description: 'Number of guests it sleeps' })
  @Column('integer', { nullable: true })
  capacity: number | null;

  @ApiProperty({ example: '+33 6 12 34 56 78', nullable: true })
  @Column('text', { nullable: true })
  phone: string | null;

  @ApiProperty({ example: 'accueil@gite-des-tilleuls.fr', nullable: true })
  @Column('text', { nullable: true })
  email: string | null;

  @ApiProperty({ example: 'https://gite-des-tilleuls.fr', nullable: true })
  @Column('text', { nullable: true })
  website: string | null;

  @ApiProperty({ example: 'active', enum: ACCOMMODATION_STATUSES, description: 'A disabled accommodation keeps its code but its page answers 404' })
  @Column('text')
  status: AccommodationStatus;

  @ApiProperty({ example: null, nullable: true, type: String, format: 'date-time' })
  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;

  @ApiProperty({ example: '2026-03-01T09:00:00.000Z' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ApiProperty({ example: '2026-03-02T10:30:00.000Z' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

export class AccommodationListItem extends Accommodation {
  @ApiProperty({ example: 3.42, required: false, description: 'Distance from `near` in km, when `near` was given' })
  distanceKm?: number;
}
