import { ApiProperty } from '@nestjs/swagger';

export class FiguresPeriod {
  @ApiProperty({ example: '2026-01-01' })
  from: string;

  @ApiProperty({ example: '2026-11-29' })
  to: string;
}

/** One week (starting Monday) of a series. */
export class WeekCount {
  @ApiProperty({ example: '2026-07-06', description: 'the Monday the week starts' })
  week: string;

  @ApiProperty({ example: 12 })
  count: number;
}

export class NamedCount {
  @ApiProperty({ example: '5d0c3f8e-2c1a-4b7e-9a55-1f2d3c4b5a69' })
  id: string;

  @ApiProperty({ example: 'Gîte des Tilleuls' })
  name: string;

  @ApiProperty({ example: 7, description: 'uses of offers (cancelled uses not counted)' })
  redemptions: number;

  @ApiProperty({ example: 8450, description: 'spending declared with those uses, in cents' })
  declaredSpendingCents: number;
}

export class ProducerFigures {
  @ApiProperty({ type: FiguresPeriod })
  period: FiguresPeriod;

  @ApiProperty({ example: 18 })
  redemptions: number;

  @ApiProperty({ example: 21500, description: 'in cents' })
  declaredSpendingCents: number;

  @ApiProperty({ example: 15, description: 'different passes (stays) that used an offer' })
  passes: number;

  @ApiProperty({ type: [NamedCount], description: 'per offer (name: its title in French)' })
  byOffer: NamedCount[];

  @ApiProperty({ type: [NamedCount], description: 'which accommodations sent the visitors' })
  byAccommodation: NamedCount[];

  @ApiProperty({ type: [WeekCount], description: 'uses per week' })
  byWeek: WeekCount[];
}

export class LanguageCount {
  @ApiProperty({ example: 'fr' })
  lang: string;

  @ApiProperty({ example: 40 })
  count: number;
}

export class AccommodationFigures {
  @ApiProperty({ type: FiguresPeriod })
  period: FiguresPeriod;

  @ApiProperty({ example: 64, description: 'openings of the accommodation page' })
  scans: number;

  @ApiProperty({ example: 51, description: 'of which from the printed QR code' })
  scansFromQr: number;

  @ApiProperty({ type: [LanguageCount] })
  scansByLanguage: LanguageCount[];

  @ApiProperty({ type: [WeekCount], description: 'page openings per week' })
  scansByWeek: WeekCount[];

  @ApiProperty({ example: 9, description: 'passes issued for stays starting in the period (cancelled ones not counted)' })
  passes: number;

  @ApiProperty({ example: 23 })
  guests: number;

  @ApiProperty({ example: 14, description: 'uses of offers by guests of this accommodation' })
  redemptions: number;

  @ApiProperty({ example: 16800, description: 'in cents' })
  declaredSpendingCents: number;

  @ApiProperty({ type: [NamedCount], description: 'which producers its guests visited' })
  byProducer: NamedCount[];
}
