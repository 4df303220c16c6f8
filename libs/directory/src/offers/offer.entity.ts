import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity } from 'typeorm';
import { translatedTextSchema, type TranslatedText } from '../../../common/src/index.js';
import { CATEGORIES, type Category } from '../categories/categories.js';
import { DISTANCE_PROPERTY } from '../shared/place-record.entity.js';
import { TerritoryRecord } from '../shared/territory-record.entity.js';

export const OFFER_KINDS = ['percent_off', 'amount_off', 'gift', 'visit', 'tasting'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
export const OFFER_STATUSES = ['draft', 'pending_review', 'published', 'paused', 'archived'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** A producer's advantage ("bon plan") for the territory's guests. */
@Entity('offers')
export class Offer extends TerritoryRecord {
  @ApiProperty({ example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', format: 'uuid' })
  @Column('uuid')
  producerId: string;

  @ApiProperty(translatedTextSchema({ fr: '10 % sur les fromages', en: '10% off cheeses' }))
  @Column('jsonb')
  title: TranslatedText;

  @ApiProperty({ ...translatedTextSchema({ fr: 'Sur présentation du pass, hors promotions.', en: 'Show your pass; not with other discounts.' }), nullable: true })
  @Column('jsonb', { nullable: true })
  conditions: TranslatedText | null;

  @ApiProperty({ example: 'percent_off', enum: OFFER_KINDS })
  @Column('text')
  kind: OfferKind;

  @ApiProperty({
    example: 10,
    nullable: true,
    description: 'percent_off: the percentage (1–100); amount_off: the amount in cents; gift, visit, tasting: optional retail worth in cents',
  })
  @Column('integer', { nullable: true })
  value: number | null;

  @ApiProperty({ example: 1500, nullable: true, description: 'Minimum purchase in cents (EUR)' })
  @Column('integer', { nullable: true })
  minPurchaseCents: number | null;

  @ApiProperty({ example: '2026-04-01', format: 'date' })
  @Column('date')
  validFrom: string;

  @ApiProperty({ example: '2026-10-31', format: 'date', nullable: true, description: 'Last day of validity; null: no end' })
  @Column('date', { nullable: true })
  validTo: string | null;

  @ApiProperty({ example: 1, description: 'How many times one pass may use it' })
  @Column('integer')
  usesPerPass: number;

  @ApiProperty({ example: null, nullable: true, type: Number, description: 'Total uses allowed over all passes; null: unlimited' })
  @Column('integer', { nullable: true })
  quota: number | null;

  @ApiProperty({ example: ['dairy_cheese'], isArray: true, enum: CATEGORIES })
  @Column('text', { array: true })
  categories: Category[];

  @ApiProperty({ example: 'published', enum: OFFER_STATUSES })
  @Column('text')
  status: OfferStatus;

  @ApiProperty({ example: null, nullable: true, type: String, description: 'Why a coordinator sent it back to draft' })
  @Column('text', { nullable: true })
  reviewNote: string | null;

  @ApiProperty({ example: '2026-03-15T08:00:00.000Z', nullable: true, type: String, format: 'date-time' })
  @Column('timestamptz', { nullable: true })
  publishedAt: Date | null;

}

export class OfferListItem extends Offer {
  @ApiProperty({ ...DISTANCE_PROPERTY, description: "Distance from `near` to the offer's producer in km, when `near` was given" })
  distanceKm?: number;
}
