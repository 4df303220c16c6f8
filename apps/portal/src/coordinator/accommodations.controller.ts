import { Controller } from '@nestjs/common';
import {
  AccommodationQueryDto,
  AccommodationsService,
  CreateAccommodationDto,
  TerritoriesService,
  UpdateAccommodationDto,
  type Accommodation,
} from '#directory';
import { PRINTED_TEXTS } from '#printing';
import { Portal } from '../portal.decorator.js';
import { ACCOMMODATION_FORM } from './accommodation-form.js';
import { CoordinatorPlacesController } from './place-records.controller.js';

/** Any accommodation of the territory: listed and searched, added, edited (status included). */
@Portal()
@Controller('app/coordinator/:territoryId/accommodations')
export class CoordinatorAccommodationsController extends CoordinatorPlacesController<
  Accommodation,
  AccommodationQueryDto,
  CreateAccommodationDto,
  UpdateAccommodationDto
>('accommodations', 'accommodationId') {
  constructor(territories: TerritoriesService, accommodations: AccommodationsService) {
    super(territories, accommodations, {
      query: AccommodationQueryDto,
      create: CreateAccommodationDto,
      update: UpdateAccommodationDto,
      form: ACCOMMODATION_FORM,
      printed: PRINTED_TEXTS.accommodation,
    });
  }
}
