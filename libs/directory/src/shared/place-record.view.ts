import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Actor } from '#common';
import type { PlaceRecord } from './place-record.entity.js';
import { TerritoryRecordView, territoryRecordView } from './territory-record.view.js';

/** A named place of a territory that visitors look up, as answered: producers and accommodations. */
export abstract class PlaceView extends TerritoryRecordView {
  @ApiProperty({ example: 'ferme-du-chemin-creux' })
  slug: string;

  @ApiProperty({ example: 'Ferme du Chemin Creux' })
  name: string;

  @ApiProperty({ example: '12 route de la Boissière' })
  address: string;

  @ApiProperty({ example: '79200' })
  postcode: string;

  @ApiProperty({ example: 'Parthenay', description: 'As the official list of communes writes it' })
  commune: string;

  @ApiProperty({
    type: String,
    example: '79202',
    nullable: true,
    description: "The commune's code in the official list (INSEE); null for places recorded before communes were checked",
  })
  inseeCode: string | null;

  @ApiProperty({ type: Number, example: 46.6486 })
  latitude: number;

  @ApiProperty({ type: Number, example: -0.2472 })
  longitude: number;

  @ApiProperty({ type: String, example: '+33 5 49 64 00 00', nullable: true })
  phone: string | null;

  @ApiProperty({ type: String, example: 'bonjour@chemin-creux.fr', nullable: true })
  email: string | null;

  @ApiProperty({ type: String, example: 'https://chemin-creux.fr', nullable: true })
  website: string | null;

  @ApiPropertyOptional({
    example: 'SIT-79-0042',
    nullable: true,
    type: String,
    description: "The coordinator's own reference (unique in the territory): how a spreadsheet import finds the record. Only for the territory's coordinators",
  })
  externalRef?: string | null;
}

/** The distance added to list items when a list is asked `near` a point. */
export const DISTANCE_PROPERTY = { example: 3.42, required: false, description: 'Distance from `near` in km, when `near` was given' } as const;

/** The place's fields as `actor` may read them: its coordinators' own reference stays theirs. */
export function placeView(place: PlaceRecord, actor: Actor): PlaceView {
  return {
    ...territoryRecordView(place),
    slug: place.slug,
    name: place.name,
    address: place.address,
    postcode: place.postcode,
    commune: place.commune,
    inseeCode: place.inseeCode,
    latitude: place.latitude,
    longitude: place.longitude,
    phone: place.phone,
    email: place.email,
    website: place.website,
    ...(actor.coordinates(place.territoryId) ? { externalRef: place.externalRef } : {}),
  };
}

/** A list item's distance from `near`, carried over when the list was asked near a point. */
export function withDistanceOf<T extends object>(view: T, row: { distanceKm?: number }): T & { distanceKm?: number } {
  return row.distanceKm === undefined ? view : { ...view, distanceKm: row.distanceKm };
}
