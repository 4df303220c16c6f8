import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity } from 'typeorm';
import { translatedTextSchema, type TranslatedText } from '../../../common/src/index.js';
import { DISTANCE_PROPERTY, PlaceRecord } from '../shared/place-record.entity.js';

export const ACCOMMODATION_KINDS = ['gite', 'chambre_hotes', 'camping', 'hotel', 'other'] as const;
export type AccommodationKind = (typeof ACCOMMODATION_KINDS)[number];
export const ACCOMMODATION_STATUSES = ['active', 'disabled', 'archived'] as const;
export type AccommodationStatus = (typeof ACCOMMODATION_STATUSES)[number];

/** Where tourists sleep; its permanent short code is printed as a QR code. */
@Entity('accommodations')
export class Accommodation extends PlaceRecord {
  @ApiProperty({ example: 'k7m3p9qa', description: 'Permanent short code of its QR code (no 0/o, 1/l/i): survives a rename' })
  @Column()
  code: string;

  @ApiProperty({ example: 'gite', enum: ACCOMMODATION_KINDS })
  @Column('text')
  kind: AccommodationKind;

  @ApiProperty({ ...translatedTextSchema({ fr: 'Longère rénovée au bord du Thouet.', en: 'Restored farmhouse by the Thouet river.' }), nullable: true })
  @Column('jsonb', { nullable: true })
  description: TranslatedText | null;

  @ApiProperty({ example: 6, nullable: true, description: 'Number of guests it sleeps' })
  @Column('integer', { nullable: true })
  capacity: number | null;

  @ApiProperty({ example: 'active', enum: ACCOMMODATION_STATUSES, description: 'A disabled or archived accommodation keeps its code but its page answers 404' })
  @Column('text')
  status: AccommodationStatus;
}

export class AccommodationListItem extends Accommodation {
  @ApiProperty(DISTANCE_PROPERTY)
  distanceKm?: number;
}
