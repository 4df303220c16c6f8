import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { translatedTextSchema, type Actor, type TranslatedText } from '#common';
import { CATEGORIES, type Category } from '../categories/categories.js';
import { DISTANCE_PROPERTY, PlaceView, placeView, withDistanceOf } from '../shared/place-record.view.js';
import { PRODUCER_STATUSES, type Producer, type ProducerStatus } from './producer.entity.js';

/** A member business that sells local products, as the API answers it. */
@ApiSchema({ name: 'Producer' })
export class ProducerView extends PlaceView {
  @ApiProperty({ example: 'h4k9m2pq', description: 'Permanent short code of its QR code (no 0/o, 1/l/i): survives a rename' })
  code: string;

  @ApiProperty(translatedTextSchema({ fr: 'Élevage de chèvres et fromages fermiers au lait cru.', en: 'Goat farm and raw-milk farmhouse cheeses.' }))
  description: TranslatedText | Record<string, never>;

  @ApiProperty({ example: ['dairy_cheese'], isArray: true, enum: CATEGORIES })
  categories: Category[];

  @ApiProperty({ type: String, example: 'Mo-Fr 17:00-19:00; Sa 09:00-12:00', nullable: true, description: 'OpenStreetMap opening_hours syntax' })
  openingHours: string | null;

  @ApiProperty({ type: String, example: 'Sur rendez-vous en semaine', nullable: true, description: 'Hours in words for people, never read by machines' })
  hoursNote: string | null;

  @ApiProperty({ example: ['organic', 'bienvenue_a_la_ferme'], isArray: true, type: String })
  labels: string[];

  @ApiProperty({ ...translatedTextSchema({ fr: 'Visite de la chèvrerie sur rendez-vous.', en: 'Goat barn visits by appointment.' }), nullable: true })
  visitConditions: TranslatedText | null;

  @ApiProperty({ example: 'active', enum: PRODUCER_STATUSES })
  status: ProducerStatus;
}

@ApiSchema({ name: 'ProducerListItem' })
export class ProducerListItemView extends ProducerView {
  @ApiProperty(DISTANCE_PROPERTY)
  distanceKm?: number;
}

export function producerView(producer: Producer & { distanceKm?: number }, actor: Actor): ProducerView | ProducerListItemView {
  return withDistanceOf(
    {
      ...placeView(producer, actor),
      code: producer.code,
      description: producer.description,
      categories: producer.categories,
      openingHours: producer.openingHours,
      hoursNote: producer.hoursNote,
      labels: producer.labels,
      visitConditions: producer.visitConditions,
      status: producer.status,
    },
    producer,
  );
}
