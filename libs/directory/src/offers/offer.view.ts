import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { translatedTextSchema, type Actor, type TranslatedText } from '#common';
import { CATEGORIES, type Category } from '../categories/categories.js';
import { DISTANCE_PROPERTY, withDistanceOf } from '../shared/place-record.view.js';
import { TerritoryRecordView, territoryRecordView } from '../shared/territory-record.view.js';
import { OFFER_KINDS, OFFER_STATUSES, type Offer, type OfferKind, type OfferStatus } from './offer.entity.js';

/** A producer's advantage ("bon plan") for the territory's guests, as the API answers it. */
@ApiSchema({ name: 'Offer' })
export class OfferView extends TerritoryRecordView {
  @ApiProperty({ example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', format: 'uuid' })
  producerId: string;

  @ApiProperty(translatedTextSchema({ fr: '10 % sur les fromages', en: '10% off cheeses' }))
  title: TranslatedText;

  @ApiProperty({
    ...translatedTextSchema({ fr: 'Sur présentation du pass, hors promotions.', en: 'Show your pass; not with other discounts.' }),
    nullable: true,
  })
  conditions: TranslatedText | null;

  @ApiProperty({ example: 'percent_off', enum: OFFER_KINDS })
  kind: OfferKind;

  @ApiProperty({
    type: 'integer',
    example: 10,
    nullable: true,
    description: 'percent_off: the percentage (1–100); amount_off: the amount in cents; gift, visit, tasting: optional retail worth in cents',
  })
  value: number | null;

  @ApiProperty({ type: 'integer', example: 1500, nullable: true, description: 'Minimum purchase in cents (EUR)' })
  minPurchaseCents: number | null;

  @ApiProperty({ example: '2026-04-01', format: 'date' })
  validFrom: string;

  @ApiProperty({ type: String, example: '2026-10-31', format: 'date', nullable: true, description: 'Last day of validity; null: no end' })
  validTo: string | null;

  @ApiProperty({ type: 'integer', example: 1, description: 'How many times one pass may use it' })
  usesPerPass: number;

  @ApiProperty({ example: null, nullable: true, type: 'integer', description: 'Total uses allowed over all passes; null: unlimited' })
  quota: number | null;

  @ApiProperty({ example: ['dairy_cheese'], isArray: true, enum: CATEGORIES })
  categories: Category[];

  @ApiProperty({ example: 'published', enum: OFFER_STATUSES })
  status: OfferStatus;

  @ApiPropertyOptional({
    example: null,
    nullable: true,
    type: String,
    description: 'Why a coordinator sent it back to draft: only for its producer and the coordinators',
  })
  reviewNote?: string | null;

  @ApiProperty({ example: '2026-03-15T08:00:00.000Z', nullable: true, type: String, format: 'date-time' })
  publishedAt: Date | null;
}

@ApiSchema({ name: 'OfferListItem' })
export class OfferListItemView extends OfferView {
  @ApiProperty({ ...DISTANCE_PROPERTY, description: "Distance from `near` to the offer's producer in km, when `near` was given" })
  distanceKm?: number;
}

type OfferTerms = Pick<Offer, 'title' | 'conditions' | 'kind' | 'value' | 'minPurchaseCents' | 'validFrom' | 'validTo'>;

/** What an offer gives and on what terms: the same fields, in the same order, wherever it is answered (the API, open data). */
export const offerTerms = (offer: OfferTerms): OfferTerms => ({
  title: offer.title,
  conditions: offer.conditions,
  kind: offer.kind,
  value: offer.value,
  minPurchaseCents: offer.minPurchaseCents,
  validFrom: offer.validFrom,
  validTo: offer.validTo,
});

export function offerView(offer: Offer & { distanceKm?: number }, actor: Actor): OfferView | OfferListItemView {
  const editor = actor.ownsProducer(offer.producerId) || actor.coordinates(offer.territoryId);
  return withDistanceOf(
    {
      ...territoryRecordView(offer),
      producerId: offer.producerId,
      ...offerTerms(offer),
      usesPerPass: offer.usesPerPass,
      quota: offer.quota,
      categories: offer.categories,
      status: offer.status,
      ...(editor ? { reviewNote: offer.reviewNote } : {}),
      publishedAt: offer.publishedAt,
    },
    offer,
  );
}
