import { ApiProperty } from '@nestjs/swagger';
import { EditionView } from './edition.view.js';

/** From the printed copies to declared spending, each step with its rate. */
export class FunnelCounts {
  @ApiProperty({ type: 'integer', example: 40, description: 'Copies printed or handed out, as recorded' })
  copies: number;

  @ApiProperty({ type: 'integer', example: 58, description: "Openings of the accommodation's page from the edition's QR code" })
  openings: number;

  @ApiProperty({ type: 'integer', example: 12, description: 'Passes issued from a page opened from the edition’s QR code' })
  passes: number;

  @ApiProperty({ type: 'integer', example: 21, description: 'Uses of offers with those passes (voided uses not counted)' })
  uses: number;

  @ApiProperty({ type: 'integer', example: 31450, description: 'Spending declared with those uses, in cents' })
  spendingCents: number;

  @ApiProperty({ type: 'number', example: 1.45, nullable: true, description: 'openings ÷ copies (null without copies)' })
  openingsPerCopy: number | null;

  @ApiProperty({ type: 'number', example: 0.207, nullable: true, description: 'passes ÷ openings' })
  passesPerOpening: number | null;

  @ApiProperty({ type: 'number', example: 1.75, nullable: true, description: 'uses ÷ passes' })
  usesPerPass: number | null;

  @ApiProperty({ type: 'integer', example: 1498, nullable: true, description: 'declared spending ÷ uses, in cents' })
  spendingPerUseCents: number | null;
}

export class FunnelHost extends FunnelCounts {
  @ApiProperty({ example: '7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a', format: 'uuid' })
  accommodationId: string;

  @ApiProperty({ example: 'Gîte des Tilleuls' })
  accommodationName: string;
}

export class FunnelWeek {
  @ApiProperty({ example: '2027-07-05', description: 'the Monday the week starts' })
  week: string;

  @ApiProperty({ type: 'integer', example: 14 })
  openings: number;

  @ApiProperty({ type: 'integer', example: 3 })
  passes: number;

  @ApiProperty({ type: 'integer', example: 5 })
  uses: number;

  @ApiProperty({ type: 'integer', example: 7400 })
  spendingCents: number;
}

export class FunnelProducer {
  @ApiProperty({ example: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69', format: 'uuid' })
  producerId: string;

  @ApiProperty({ example: 'La Chèvrerie des Brandes' })
  producerName: string;

  @ApiProperty({ type: 'integer', example: 9 })
  uses: number;

  @ApiProperty({ type: 'integer', example: 12600 })
  spendingCents: number;
}

/** One edition's funnel: all hosts together, host by host, week by week and producer by producer. */
export class EditionFunnel {
  @ApiProperty({ type: EditionView })
  edition: EditionView;

  @ApiProperty({ type: FunnelCounts })
  total: FunnelCounts;

  @ApiProperty({ type: [FunnelHost], description: 'Accommodation by accommodation, by name' })
  hosts: FunnelHost[];

  @ApiProperty({ type: [FunnelWeek] })
  weeks: FunnelWeek[];

  @ApiProperty({ type: [FunnelProducer], description: 'Most uses first' })
  producers: FunnelProducer[];
}

/** One accommodation across the editions compared, in the order asked. */
export class HostComparison {
  @ApiProperty({ example: '7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a', format: 'uuid' })
  accommodationId: string;

  @ApiProperty({ example: 'Gîte des Tilleuls' })
  accommodationName: string;

  @ApiProperty({ type: [FunnelCounts], description: 'One per edition, in the order of `editions`' })
  editions: FunnelCounts[];
}

export class TerritoryFunnelView {
  @ApiProperty({ type: [EditionFunnel], description: 'The edition asked (default: the latest), or the two compared; empty before any edition' })
  editions: EditionFunnel[];

  @ApiProperty({ type: [HostComparison], description: 'Host by host, the editions side by side' })
  hosts: HostComparison[];
}

export class AccommodationFunnelView {
  @ApiProperty({ example: '7a1d5e3c-2b4f-4e6a-8c9d-0f1e2d3c4b5a', format: 'uuid' })
  accommodationId: string;

  @ApiProperty({ example: 'Gîte des Tilleuls' })
  accommodationName: string;

  @ApiProperty({ type: [EditionFunnel], description: 'Each edition of its territory, latest first, counted for this accommodation only' })
  editions: EditionFunnel[];
}
