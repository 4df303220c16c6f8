import { Column, Entity } from 'typeorm';
import type { TranslatedText } from '#common';
import type { Category } from '../categories/categories.js';
import { TerritoryRecord } from '../shared/territory-record.entity.js';

export const OFFER_KINDS = ['percent_off', 'amount_off', 'gift', 'visit', 'tasting'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
export const OFFER_STATUSES = ['draft', 'pending_review', 'published', 'paused', 'archived'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** A producer's advantage ("bon plan") for the territory's guests. */
@Entity('offers')
export class Offer extends TerritoryRecord {
  @Column('uuid')
  producerId: string;

  @Column('jsonb')
  title: TranslatedText;

  @Column('jsonb', { nullable: true })
  conditions: TranslatedText | null;

  @Column('text')
  kind: OfferKind;

  @Column('integer', { nullable: true })
  value: number | null;

  @Column('integer', { nullable: true })
  minPurchaseCents: number | null;

  @Column('date')
  validFrom: string;

  @Column('date', { nullable: true })
  validTo: string | null;

  @Column('integer')
  usesPerPass: number;

  @Column('integer', { nullable: true })
  quota: number | null;

  @Column('text', { array: true })
  categories: Category[];

  @Column('text')
  status: OfferStatus;

  @Column('text', { nullable: true })
  reviewNote: string | null;

  @Column('timestamptz', { nullable: true })
  publishedAt: Date | null;
}
