import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { Language } from '#common';
import type { Territory } from './territory.entity.js';

/** The tenant, as the API answers it: one association and its public settings. */
@ApiSchema({ name: 'Territory' })
export class TerritoryView {
  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid' })
  id: string;

  @ApiProperty({ example: '0b6f4c2e-5a8d-4a3c-9d3e-6f1b2a7c8d90', format: 'uuid', description: 'Same as id: a territory is its own tenant' })
  territoryId: string;

  @ApiProperty({ example: 'gatine' })
  slug: string;

  @ApiProperty({ example: 'q7r2x9cd', description: 'Permanent short code of its QR code: survives a rename' })
  code: string;

  @ApiProperty({ example: 'Bons plans de Gâtine' })
  name: string;

  @ApiProperty({ example: ['fr', 'en'], isArray: true, enum: ['fr', 'en', 'nl', 'de'] })
  languages: Language[];

  @ApiProperty({ example: 'Europe/Paris', description: 'IANA time zone: decides "today" and "open now"' })
  timeZone: string;

  @ApiProperty({ type: String, example: 'contact@gatine-bonsplans.fr', nullable: true })
  contactEmail: string | null;

  @ApiProperty({ type: String, example: '+33 5 49 00 00 00', nullable: true })
  contactPhone: string | null;

  @ApiProperty({ type: String, example: 'https://gatine-bonsplans.fr', nullable: true })
  website: string | null;

  @ApiProperty({ type: String, example: 'https://gatine-bonsplans.fr/logo.png', nullable: true })
  logoUrl: string | null;

  @ApiProperty({ type: String, example: '#2f6b3a', nullable: true })
  primaryColor: string | null;

  @ApiProperty({ type: String, example: '#e8b23a', nullable: true })
  secondaryColor: string | null;

  @ApiProperty({ example: false, description: 'Whether a coordinator must approve offers before they are published' })
  offersNeedReview: boolean;

  @ApiProperty({ example: false, description: "Whether tourists may take a pass themselves from an accommodation's page" })
  selfServicePasses: boolean;

  @ApiProperty({
    example: ['Région Nouvelle-Aquitaine', 'Communauté de communes de Parthenay-Gâtine'],
    type: [String],
    description: "The association's funders, named on the brochure's back page",
  })
  funders: string[];

  @ApiProperty({
    example: ['gatine-bonsplans.fr'],
    type: [String],
    description: "Host names the territory's public site answers on; the first is its canonical address",
  })
  domains: string[];

  @ApiProperty({ example: '2026-03-01T09:00:00.000Z' })
  createdAt: Date;

  @ApiProperty({ example: '2026-03-02T10:30:00.000Z' })
  updatedAt: Date;
}

export function territoryView(territory: Territory): TerritoryView {
  return {
    id: territory.id,
    territoryId: territory.id,
    slug: territory.slug,
    code: territory.code,
    name: territory.name,
    languages: territory.languages,
    timeZone: territory.timeZone,
    contactEmail: territory.contactEmail,
    contactPhone: territory.contactPhone,
    website: territory.website,
    logoUrl: territory.logoUrl,
    primaryColor: territory.primaryColor,
    secondaryColor: territory.secondaryColor,
    offersNeedReview: territory.offersNeedReview,
    selfServicePasses: territory.selfServicePasses,
    funders: territory.funders,
    domains: territory.domains,
    createdAt: territory.createdAt,
    updatedAt: territory.updatedAt,
  };
}
