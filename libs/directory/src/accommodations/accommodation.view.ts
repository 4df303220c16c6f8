import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { translatedTextSchema, type Actor, type TranslatedText } from '#common';
import { DISTANCE_PROPERTY, PlaceView, placeView, withDistanceOf } from '../shared/place-record.view.js';
import { ACCOMMODATION_KINDS, ACCOMMODATION_STATUSES, type Accommodation, type AccommodationKind, type AccommodationStatus } from './accommodation.entity.js';

/** Where tourists sleep, as the API answers it; its permanent short code is printed as a QR code. */
@ApiSchema({ name: 'Accommodation' })
export class AccommodationView extends PlaceView {
  @ApiProperty({ example: 'k7m3p9qa', description: 'Permanent short code of its QR code (no 0/o, 1/l/i): survives a rename' })
  code: string;

  @ApiProperty({ example: 'gite', enum: ACCOMMODATION_KINDS })
  kind: AccommodationKind;

  @ApiProperty({ ...translatedTextSchema({ fr: 'Longère rénovée au bord du Thouet.', en: 'Restored farmhouse by the Thouet river.' }), nullable: true })
  description: TranslatedText | null;

  @ApiProperty({ type: 'integer', example: 6, nullable: true, description: 'Number of guests it sleeps' })
  capacity: number | null;

  @ApiProperty({ example: 'active', enum: ACCOMMODATION_STATUSES, description: 'A disabled or archived accommodation keeps its code but its page answers 404' })
  status: AccommodationStatus;

  @ApiProperty({ example: false, description: "Its host's consent to list it (name, commune, website) on the territory's public site" })
  publishOnSite: boolean;
}

@ApiSchema({ name: 'AccommodationListItem' })
export class AccommodationListItemView extends AccommodationView {
  @ApiProperty(DISTANCE_PROPERTY)
  distanceKm?: number;
}

export function accommodationView(accommodation: Accommodation & { distanceKm?: number }, actor: Actor): AccommodationView | AccommodationListItemView {
  return withDistanceOf(
    {
      ...placeView(accommodation, actor),
      code: accommodation.code,
      kind: accommodation.kind,
      description: accommodation.description,
      capacity: accommodation.capacity,
      status: accommodation.status,
      publishOnSite: accommodation.publishOnSite,
    },
    accommodation,
  );
}
