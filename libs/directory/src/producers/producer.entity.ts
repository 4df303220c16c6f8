import { ApiProperty } from '@nestjs/swagger';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { translatedTextSchema, type TranslatedText } from '../../../common/src/index.js';
import { CATEGORIES, type Category } from '../categories/categories.js';

export const PRODUCER_STATUSES = ['active', 'suspended', 'archived'] as const;
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number];

/** A member business that sells local products. */
@Entity('producers')
export class Producer {
  @ApiProperty({ example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', format: 'uuid' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  @Column('uuid')
  territoryId: string;

  @ApiProperty({ example: 'ferme-du-chemin-creux' })
  @Column()
  slug: string;

  @ApiProperty({ example: 'Ferme du Chemin Creux' })
  @Column()
  name: string;

  @ApiProperty(translatedTextSchema({ fr: 'Élevage de chèvres et fromages fermiers au lait cru.', en: 'Goat farm and raw-milk farmhouse cheeses.' }))
  @Column('jsonb')
  description: TranslatedText | Record<string, never>;

  @ApiProperty({ example: ['dairy_cheese'], isArray: true, enum: CATEGORIES })
  @Column('text', { array: true })
  categories: Category[];

  @ApiProperty({ example: '12 route de la Boissière' })
  @Column()
  address: string;

  @ApiProperty({ example: '79200' })
  @Column()
  postcode: string;

  @ApiProperty({ example: 'Parthenay' })
  @Column()
  commune: string;

  @ApiProperty({ example: 46.6486 })
  @Column('double precision')
  latitude: number;

  @ApiProperty({ example: -0.2472 })
  @Column('double precision')
  longitude: number;

  @ApiProperty({ example: '+33 5 49 64 00 00', nullable: true })
  @Column('text', { nullable: true })
  phone: string | null;

  @ApiProperty({ example: 'bonjour@chemin-creux.fr', nullable: true })
  @Column('text', { nullable: true })
  email: string | null;

  @ApiProperty({ example: 'https://chemin-creux.fr', nullable: true })
  @Column('text', { nullable: true })
  website: string | null;

  @ApiProperty({ example: 'Mo-Fr 17:00-19:00; Sa 09:00-12:00', nullable: true, description: 'OpenStreetMap opening_hours syntax' })
  @Column('text', { nullable: true })
  openingHours: string | null;

  @ApiProperty({ example: ['organic', 'bienvenue_a_la_ferme'], isArray: true, type: String })
  @Column('text', { array: true })
  labels: string[];

  @ApiProperty({ ...translatedTextSchema({ fr: 'Visite de la chèvrerie sur rendez-vous.', en: 'Goat barn visits by appointment.' }), nullable: true })
  @Column('jsonb', { nullable: true })
  visitConditions: TranslatedText | null;

  @ApiProperty({ example: 'active', enum: PRODUCER_STATUSES })
  @Column('text')
  status: ProducerStatus;

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

export class ProducerListItem extends Producer {
  @ApiProperty({ example: 3.42, required: false, description: 'Distance from `near` in km, when `near` was given' })
  distanceKm?: number;
}
