import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { translatedTextSchema, type TranslatedText } from '#common';
import { SiteVisitCount } from '../site-visits/site-visit-count.js';

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

  @ApiProperty({ type: 'integer', example: 12 })
  count: number;
}

export class NamedCount {
  @ApiProperty({ example: '5d0c3f8e-2c1a-4b7e-9a55-1f2d3c4b5a69' })
  id: string;

  @ApiProperty({ example: 'Gîte des Tilleuls' })
  name: string;

  @ApiProperty({ type: 'integer', example: 7, description: 'uses of offers (cancelled uses not counted)' })
  redemptions: number;

  @ApiProperty({ type: 'integer', example: 8450, description: 'spending declared with those uses, in cents' })
  declaredSpendingCents: number;
}

export class OfferCounts extends NamedCount {
  @ApiProperty(translatedTextSchema({ fr: '10 % sur les fromages', en: '10% off cheeses' }))
  title: TranslatedText;

  @ApiProperty({ type: 'integer', example: 240, description: 'openings of tourist pages that showed the offer' })
  views: number;

  @ApiProperty({
    type: 'number',
    nullable: true,
    example: 4.2,
    description: 'uses per 100 openings of the pages that showed the offer, one decimal (null when no page showed it)',
  })
  usesPer100Views: number | null;
}

/** One commune: what happened where the guests stayed, and at the producers there. */
export class CommuneCounts {
  @ApiProperty({ example: 'Secondigny' })
  commune: string;

  @ApiProperty({ type: 'integer', example: 4, description: 'accommodations of the commune with openings, passes or uses' })
  accommodations: number;

  @ApiProperty({ type: 'integer', example: 64, description: 'openings of the pages of its accommodations' })
  scans: number;

  @ApiProperty({ type: 'integer', example: 9, description: 'passes handed out by its accommodations' })
  passes: number;

  @ApiProperty({ type: 'integer', example: 14, description: 'uses of offers by guests staying there' })
  guestUses: number;

  @ApiProperty({ type: 'integer', example: 20, description: 'uses of offers at producers of the commune' })
  producerUses: number;

  @ApiProperty({ type: 'integer', example: 23900, description: 'spending declared at producers of the commune, in cents' })
  producerSpendingCents: number;
}

/** Uses by how they were recorded; they add up to the uses counted beside them (each use is recorded one way). */
export class UsesRecordedVia {
  @ApiProperty({ type: 'integer', example: 14, description: 'recorded at the counter with a phone' })
  phone: number;

  @ApiProperty({ type: 'integer', example: 4, description: 'typed in from a tally sheet, at the day written on it' })
  tallySheet: number;

  @ApiProperty({ type: 'integer', example: 0, description: 'recorded from coupons' })
  coupon: number;
}

export class ProducerFigures {
  @ApiProperty({ type: FiguresPeriod })
  period: FiguresPeriod;

  @ApiProperty({ type: 'integer', example: 18 })
  redemptions: number;

  @ApiProperty({ type: 'integer', example: 21500, description: 'in cents' })
  declaredSpendingCents: number;

  @ApiProperty({ type: UsesRecordedVia, description: 'the uses by how they were recorded' })
  usesRecordedVia: UsesRecordedVia;

  @ApiProperty({ type: 'integer', example: 15, description: 'different passes (stays) that used an offer' })
  passes: number;

  @ApiProperty({ type: [OfferCounts], description: 'per offer seen or used (name: its title in French)' })
  byOffer: OfferCounts[];

  @ApiProperty({ type: [NamedCount], description: 'which accommodations sent the visitors' })
  byAccommodation: NamedCount[];

  @ApiProperty({ type: [WeekCount], description: 'uses per week' })
  byWeek: WeekCount[];
}

export class LanguageCount {
  @ApiProperty({ example: 'fr' })
  lang: string;

  @ApiProperty({ type: 'integer', example: 40 })
  count: number;
}

export class AccommodationFigures {
  @ApiProperty({ type: FiguresPeriod })
  period: FiguresPeriod;

  @ApiProperty({ type: 'integer', example: 64, description: 'openings of the accommodation page' })
  scans: number;

  @ApiProperty({ type: 'integer', example: 51, description: 'of which from the printed QR code' })
  scansFromQr: number;

  @ApiProperty({ type: [LanguageCount] })
  scansByLanguage: LanguageCount[];

  @ApiProperty({ type: [WeekCount], description: 'page openings per week' })
  scansByWeek: WeekCount[];

  @ApiProperty({ type: 'integer', example: 9, description: 'passes issued for stays starting in the period (cancelled ones not counted)' })
  passes: number;

  @ApiProperty({ type: 'integer', example: 23 })
  guests: number;

  @ApiProperty({ type: 'integer', example: 14, description: 'uses of offers by guests of this accommodation' })
  redemptions: number;

  @ApiProperty({ type: 'integer', example: 16800, description: 'in cents' })
  declaredSpendingCents: number;

  @ApiProperty({ type: [NamedCount], description: 'which producers its guests visited' })
  byProducer: NamedCount[];
}

export class PeriodCounts {
  @ApiProperty({ example: '2026-07', description: 'a week (its Monday, YYYY-MM-DD) or a month (YYYY-MM)' })
  period: string;

  @ApiProperty({ type: 'integer', example: 120 })
  scans: number;

  @ApiProperty({ type: 'integer', example: 31 })
  redemptions: number;

  @ApiProperty({ type: 'integer', example: 41250, description: 'in cents' })
  declaredSpendingCents: number;
}

export class AccommodationCounts {
  @ApiProperty({ example: '5d0c3f8e-2c1a-4b7e-9a55-1f2d3c4b5a69' })
  id: string;

  @ApiProperty({ example: 'Gîte des Tilleuls' })
  name: string;

  @ApiProperty({ example: 'Secondigny' })
  commune: string;

  @ApiProperty({ type: 'integer', example: 64 })
  scans: number;

  @ApiProperty({ type: 'integer', example: 9 })
  passes: number;

  @ApiProperty({ type: 'integer', example: 14 })
  redemptions: number;

  @ApiProperty({ type: 'integer', example: 16800 })
  declaredSpendingCents: number;
}

export class HostCounts {
  @ApiProperty({ example: 'a3c1d9e2-7b4f-4c2a-9d1e-5f6a7b8c9d0e', description: 'the membership' })
  id: string;

  @ApiProperty({ example: 'Jeanne Moreau' })
  name: string;

  @ApiProperty({ type: 'integer', example: 2 })
  accommodations: number;

  @ApiProperty({ type: 'integer', example: 80 })
  scans: number;

  @ApiProperty({ type: 'integer', example: 12 })
  passes: number;

  @ApiProperty({ type: 'integer', example: 20 })
  redemptions: number;

  @ApiProperty({ type: 'integer', example: 23900 })
  declaredSpendingCents: number;
}

export class FlowCount {
  @ApiProperty({ example: '5d0c3f8e-2c1a-4b7e-9a55-1f2d3c4b5a69' })
  accommodationId: string;

  @ApiProperty({ example: 'Gîte des Tilleuls' })
  accommodation: string;

  @ApiProperty({ example: '8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968' })
  producerId: string;

  @ApiProperty({ example: 'Miellerie d’Azay' })
  producer: string;

  @ApiProperty({ type: 'integer', example: 6 })
  redemptions: number;
}

/** The same span a year earlier, for comparison. */
export class PreviousSeason {
  @ApiProperty({ type: FiguresPeriod })
  period: FiguresPeriod;

  @ApiProperty({ type: 'integer', example: 1100 })
  scans: number;

  @ApiProperty({ type: 'integer', example: 190 })
  passes: number;

  @ApiProperty({ type: 'integer', example: 480 })
  guests: number;

  @ApiProperty({ type: 'integer', example: 320 })
  redemptions: number;

  @ApiProperty({ type: 'integer', example: 401000, description: 'in cents' })
  declaredSpendingCents: number;

  @ApiProperty({ type: [PeriodCounts], description: 'its months, in the order of this season’s' })
  byMonth: PeriodCounts[];
}

/** The association's members of a membership year (where the territory manages membership). */
export class MembershipCounts {
  @ApiProperty({ type: 'integer', example: 2026, description: 'the membership year the period ends in' })
  year: number;

  @ApiProperty({ type: 'integer', example: 14, description: 'producers whose membership of the year is active' })
  activeProducers: number;

  @ApiProperty({ type: 'integer', example: 9, description: 'hosts whose membership of the year is active' })
  activeHosts: number;

  @ApiProperty({ type: 'integer', example: 60000, description: 'fees paid for the year (payments not cancelled), in cents' })
  paidCents: number;
}

export class TerritoryFigures {
  @ApiProperty({ type: FiguresPeriod })
  period: FiguresPeriod;

  @ApiProperty({ example: 'Pays de Gâtine' })
  territory: string;

  @ApiProperty({ type: 'integer', example: 1240 })
  scans: number;

  @ApiProperty({ type: 'integer', example: 1010 })
  scansFromQr: number;

  @ApiProperty({ type: 'integer', example: 210 })
  passes: number;

  @ApiProperty({ type: 'integer', example: 530 })
  guests: number;

  @ApiProperty({ type: 'integer', example: 380 })
  redemptions: number;

  @ApiProperty({ type: 'integer', example: 462000, description: 'in cents' })
  declaredSpendingCents: number;

  @ApiProperty({ type: UsesRecordedVia, description: 'the uses by how they were recorded' })
  usesRecordedVia: UsesRecordedVia;

  @ApiProperty({ type: 'integer', example: 14, description: 'producers with at least one use in the period' })
  producersTakingPart: number;

  @ApiProperty({ type: 'integer', example: 26, description: 'accommodations whose page was opened or whose guests used an offer' })
  accommodationsTakingPart: number;

  @ApiProperty({ type: 'integer', example: 16 })
  activeProducers: number;

  @ApiProperty({ type: 'integer', example: 30 })
  activeAccommodations: number;

  @ApiProperty({ type: 'integer', example: 27, description: 'published offers valid on at least one day of the period' })
  offers: number;

  @ApiProperty({ type: 'integer', example: 4, description: 'requests to join asked on the public site in the period' })
  joinRequests: number;

  @ApiProperty({ type: 'integer', example: 3, description: 'requests to join accepted in the period (whenever asked)' })
  joinRequestsAccepted: number;

  @ApiProperty({ type: [PeriodCounts] })
  byWeek: PeriodCounts[];

  @ApiProperty({ type: [PeriodCounts], description: 'the season, month by month' })
  byMonth: PeriodCounts[];

  @ApiProperty({ type: [NamedCount], description: 'producers with uses, most used first' })
  producers: NamedCount[];

  @ApiProperty({ type: [OfferCounts], description: 'offers seen or used (name: the French title)' })
  offersUsed: OfferCounts[];

  @ApiProperty({ type: [CommuneCounts], description: 'per commune, most uses first' })
  communes: CommuneCounts[];

  @ApiPropertyOptional({ type: PreviousSeason, description: 'the same span a year earlier, when anything happened then (absent otherwise)' })
  previous?: PreviousSeason;

  @ApiProperty({ type: [AccommodationCounts], description: 'every active accommodation' })
  accommodations: AccommodationCounts[];

  @ApiProperty({ type: [HostCounts], description: 'each host, over the accommodations it runs' })
  hosts: HostCounts[];

  @ApiProperty({ type: [FlowCount], description: 'which accommodations send visitors to which producers' })
  flow: FlowCount[];

  @ApiProperty({ type: 'integer', example: 1800, description: 'visits of the territory’s public site (its pages of every kind below)' })
  siteVisits: number;

  @ApiProperty({ type: [SiteVisitCount], description: 'visits of the public site per kind of page' })
  siteVisitsByPage: SiteVisitCount[];

  @ApiPropertyOptional({ type: MembershipCounts, description: 'the association’s members of the year (absent where the territory manages no membership)' })
  membership?: MembershipCounts;
}
