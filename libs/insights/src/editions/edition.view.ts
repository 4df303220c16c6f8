import { ApiProperty } from '@nestjs/swagger';
import { translatedTextSchema, type TranslatedText } from '#common';

/** An offer as an edition printed it. */
export class PrintedOffer {
  @ApiProperty({ example: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', format: 'uuid' })
  id: string;

  @ApiProperty(translatedTextSchema({ fr: '10 % sur les fromages', en: '10% off cheeses' }))
  title: TranslatedText;

  @ApiProperty({ example: '−10 % — 10 % sur les fromages', description: "The one phrase printed for it, in the edition's language" })
  phrase: string;

  @ApiProperty({ example: '2027-09-30', nullable: true, type: String, format: 'date' })
  validTo: string | null;
}

/** A producer as an edition printed it, with its offers. */
export class PrintedProducer {
  @ApiProperty({ example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'La Chèvrerie des Brandes' })
  name: string;

  @ApiProperty({ type: [PrintedOffer] })
  offers: PrintedOffer[];
}

/** What an edition printed, frozen when it was made: a later edition never changes it. */
export class EditionSnapshot {
  @ApiProperty({ example: '2027-04-01', format: 'date', description: 'The day whose offers were printed' })
  date: string;

  @ApiProperty({ type: [PrintedProducer] })
  producers: PrintedProducer[];
}

/** A print run of a territory's brochures. */
export class EditionView {
  @ApiProperty({ example: '6b1f0e2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b', format: 'uuid' })
  id: string;

  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  territoryId: string;

  @ApiProperty({ type: 'integer', example: 2, description: 'Its number in the territory (1, 2, …), printed in its QR codes as ?e=2' })
  number: number;

  @ApiProperty({ example: 'Saison 2027' })
  name: string;

  @ApiProperty({ example: null, nullable: true, type: String, format: 'uuid' })
  seasonId: string | null;

  @ApiProperty({ example: 'A5', enum: ['A4', 'A5'] })
  format: 'A4' | 'A5';

  @ApiProperty({ example: 'fr', enum: ['fr', 'en'] })
  lang: 'fr' | 'en';

  @ApiProperty({ example: '2027-03-20', format: 'date' })
  printedOn: string;

  @ApiProperty({ example: '2027-03-20T09:12:00.000Z' })
  createdAt: Date;

  @ApiProperty({ type: 'integer', example: 640, description: 'Copies recorded by the hosts or the coordinators, all accommodations together' })
  copies: number;
}

/** An edition with what it printed. */
export class EditionDetailView extends EditionView {
  @ApiProperty({ type: EditionSnapshot })
  snapshot: EditionSnapshot;
}

/** How many copies of an edition an accommodation received. */
export class EditionCopiesView {
  @ApiProperty({ example: '6b1f0e2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b', format: 'uuid' })
  editionId: string;

  @ApiProperty({ example: '7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a', format: 'uuid' })
  accommodationId: string;

  @ApiProperty({ type: 'integer', example: 40 })
  copies: number;

  @ApiProperty({ example: '2027-03-22T10:00:00.000Z' })
  recordedAt: Date;
}
