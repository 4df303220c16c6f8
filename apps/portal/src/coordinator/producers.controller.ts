import { Controller } from '@nestjs/common';
import { CreateProducerDto, ProducerQueryDto, ProducersService, TerritoriesService, UpdateProducerDto, type Producer } from '#directory';
import { PRINTED_TEXTS } from '#printing';
import { Portal } from '../portal.decorator.js';
import { CoordinatorPlacesController } from './place-records.controller.js';
import { PRODUCER_FORM } from './producer-form.js';

/** Any producer of the territory: listed and searched, added, edited (status included). */
@Portal()
@Controller('app/coordinator/:territoryId/producers')
export class CoordinatorProducersController extends CoordinatorPlacesController<Producer, ProducerQueryDto, CreateProducerDto, UpdateProducerDto>(
  'producers',
  'producerId',
) {
  constructor(territories: TerritoriesService, producers: ProducersService) {
    super(territories, producers, {
      query: ProducerQueryDto,
      create: CreateProducerDto,
      update: UpdateProducerDto,
      form: PRODUCER_FORM,
      printed: PRINTED_TEXTS.producer,
    });
  }
}
