import { ApiProperty } from '@nestjs/swagger';
import { SEASON_DECISIONS, type SeasonDecision } from './season-answer.dto.js';
import { SeasonView } from '../seasons/season.view.js';

export const DECIDED_VIA = ['link', 'coordinator'] as const;
export type DecidedVia = (typeof DECIDED_VIA)[number];

/** One field as it was and as it is: values written for people (a text in each language its own line). */
export class FieldChangeView {
  @ApiProperty({ example: 'title.fr' })
  field: string;

  @ApiProperty({ nullable: true, type: String, example: '10 % sur les fromages' })
  from: string | null;

  @ApiProperty({ nullable: true, type: String, example: '15 % sur les fromages' })
  to: string | null;
}

export class OfferDecisionView {
  @ApiProperty({ format: 'uuid', example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69' })
  offerId: string;

  @ApiProperty({ example: '10 % sur les fromages', description: 'the title in French' })
  title: string;

  @ApiProperty({ enum: SEASON_DECISIONS, example: 'change' })
  decision: SeasonDecision;

  @ApiProperty({ enum: DECIDED_VIA, example: 'link', description: 'the producer through its link, or the coordinator on its behalf' })
  decidedVia: DecidedVia;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'the coordinator, for a decision made on the producer’s behalf' })
  decidedBy: string | null;

  @ApiProperty({ example: '2026-12-02T18:30:00.000Z' })
  decidedAt: Date;

  @ApiProperty({ type: [FieldChangeView] })
  changes: FieldChangeView[];
}

export class UnconfirmedOfferView {
  @ApiProperty({ format: 'uuid', example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69' })
  offerId: string;

  @ApiProperty({ format: 'uuid', example: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d' })
  producerId: string;

  @ApiProperty({ example: 'La Chèvrerie des Brandes' })
  producerName: string;

  @ApiProperty({ example: 'Visite de la chèvrerie' })
  title: string;
}

/** A taking-part producer as the coordinator follows it through the campaign. */
export class CampaignProducerView {
  @ApiProperty({ format: 'uuid', example: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d' })
  producerId: string;

  @ApiProperty({ example: 'La Chèvrerie des Brandes' })
  name: string;

  @ApiProperty({ nullable: true, type: String, example: 'contact@chevrerie.test' })
  email: string | null;

  @ApiProperty({ nullable: true, type: Date, example: null, description: 'when its latest link was mailed' })
  mailedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date, example: null })
  firstOpenedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date, example: null })
  lastOpenedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date, example: null })
  confirmedAt: Date | null;

  @ApiProperty({ enum: [...DECIDED_VIA, null], nullable: true, example: null, description: 'null until confirmed' })
  confirmedVia: DecidedVia | null;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'the coordinator who confirmed on the producer’s behalf' })
  confirmedBy: string | null;

  @ApiProperty({ type: [FieldChangeView], description: 'its business details as corrected' })
  businessChanges: FieldChangeView[];

  @ApiProperty({ type: [OfferDecisionView] })
  decisions: OfferDecisionView[];
}

export class CampaignView {
  @ApiProperty({ type: SeasonView })
  season: SeasonView;

  @ApiProperty({ type: [CampaignProducerView] })
  producers: CampaignProducerView[];

  @ApiProperty({ type: [UnconfirmedOfferView], description: 'offers of taking-part producers with no decision yet' })
  unconfirmedOffers: UnconfirmedOfferView[];
}

export class HandedLinkView {
  @ApiProperty({
    example: 'https://gatine.example/app/season/3q2-7Hk…',
    description: "the producer's personal link, to hand over; its earlier links no longer work",
  })
  url: string;

  @ApiProperty({ example: 'La Chèvrerie des Brandes' })
  producerName: string;
}

export class RemindedView {
  @ApiProperty({ example: 3, description: 'producers mailed a fresh link (their earlier links no longer work)' })
  reminded: number;
}
