import { Column, Entity } from 'typeorm';
import type { TranslatedText } from '#common';
import { PlaceRecord } from '../shared/place-record.entity.js';

export const ACCOMMODATION_KINDS = ['gite', 'chambre_hotes', 'camping', 'hotel', 'other'] as const;
export type AccommodationKind = (typeof ACCOMMODATION_KINDS)[number];
export const ACCOMMODATION_STATUSES = ['active', 'disabled', 'archived'] as const;
export type AccommodationStatus = (typeof ACCOMMODATION_STATUSES)[number];

/** Where tourists sleep; its permanent short code is printed as a QR code. */
@Entity('accommodations')
export class Accommodation extends PlaceRecord {
  @Column()
  code: string;

  @Column('text')
  kind: AccommodationKind;

  @Column('jsonb', { nullable: true })
  description: TranslatedText | null;

  @Column('integer', { nullable: true })
  capacity: number | null;

  @Column('text')
  status: AccommodationStatus;

  /** Its host's consent to list it (name, commune, website) on the territory's public site. */
  @Column({ default: false })
  publishOnSite: boolean;
}
