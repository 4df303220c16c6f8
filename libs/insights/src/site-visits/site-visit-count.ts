import { ApiProperty } from '@nestjs/swagger';
import { SITE_PAGE_KINDS, type SitePageKind } from './site-visit-counter.service.js';

/** Visits of one kind of page of the territory's public site in the period, by language. */
export class SiteVisitCount {
  @ApiProperty({ enum: SITE_PAGE_KINDS, example: 'producer', description: 'the kind of page (every producer’s page counts as `producer`)' })
  page: SitePageKind;

  @ApiProperty({ type: 'integer', example: 420 })
  visits: number;

  @ApiProperty({ example: { fr: 300, en: 80, nl: 25, de: 15 }, description: 'visits per language of the page', additionalProperties: { type: 'integer' } })
  byLanguage: Record<string, number>;
}
