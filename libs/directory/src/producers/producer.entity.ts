import { Column, Entity } from 'typeorm';
import type { TranslatedText } from '#common';
import type { Category } from '../categories/categories.js';
import { PlaceRecord } from '../shared/place-record.entity.js';

export const PRODUCER_STATUSES = ['active', 'suspended', 'archived'] as const;
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number];

/** A member business that sells local products. */
@Entity('producers')
export class Producer extends PlaceRecord {
  @Column({ default: () => 'tp_checked_code(8)', update: false })
  code: string;

  @Column('jsonb')
  description: TranslatedText | Record<string, never>;

  @Column('text', { array: true })
  categories: Category[];

  @Column('text', { nullable: true })
  openingHours: string | null;

  /** What a person wrote about the hours that no machine reads ("sur rendez-vous", "selon la saison"). */
  @Column('text', { nullable: true })
  hoursNote: string | null;

  @Column('text', { array: true })
  labels: string[];

  @Column('jsonb', { nullable: true })
  visitConditions: TranslatedText | null;

  @Column('text')
  status: ProducerStatus;
}
