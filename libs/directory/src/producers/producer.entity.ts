import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity } from 'typeorm';
import { translatedTextSchema, type TranslatedText } from '../../../common/src/index.js';
import { CATEGORIES, type Category } from '../categories/categories.js';
import { DISTANCE_PROPERTY, PlaceRecord } from '../shared/place-record.entity.js';

export const PRODUCER_STATUSES = ['active', 'suspended', 'archived'] as const;
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number];

/** A member business that sells local products. */
@Entity('producers')
export class Producer extends PlaceRecord {
  @ApiProperty({ example: 'h4k9m2pq', description: 'Permanent short code of its QR code (no 0/o, 1/l/i): survives a rename' })
  @Column({ default: () => 'tp_short_code(8)', update: false })
  code: string;

  @ApiProperty(translatedTextSchema({ fr: 'Élevage de chèvres et fromages fermiers au lait cru.', en: 'Goat farm and raw-milk farmhouse cheeses.' }))
  @Column('jsonb')
  description: TranslatedText | Record<string, never>;

  @ApiProperty({ example: ['dairy_cheese'], isArray: true, enum: CATEGORIES })
  @Column('text', { array: true })
  categories: Category[];

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
}

export class ProducerListItem extends Producer {
  @ApiProperty(DISTANCE_PROPERTY)
  distanceKm?: number;
}
