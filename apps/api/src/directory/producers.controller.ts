import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, mapPage, Actor } from '#common';
import { CreateProducerDto, ProducerListItemView, ProducerQueryDto, ProducersService, ProducerView, producerView, UpdateProducerDto } from '#directory';
import { PRINTED_TEXTS, withTextWarnings } from '#printing';
import { CurrentActor, Public } from '#web';
import { SavedProducerView } from './saved-views.js';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';
import { RemovalResult } from '../shared/removal.dto.js';

@ApiErrors(401, 503)
@ApiTags('producers')
@Controller('api/v1/producers')
export class ProducersController {
  constructor(private readonly producers: ProducersService) {}

  @Post()
  @ApiCreatedResponse({ type: SavedProducerView })
  @ApiOperation({ summary: 'Creates a producer with a new permanent short code (coordinators)' })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  async create(@Body() dto: CreateProducerDto, @CurrentActor() actor: Actor) {
    const saved = await this.producers.create(dto, actor);
    return withTextWarnings(producerView(saved, actor), PRINTED_TEXTS.producer(saved));
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'Producers, filtered; with near=lat,lng nearest first with distanceKm' })
  @ApiPageResponse(ProducerListItemView)
  @ApiErrors(400)
  async list(@Query() query: ProducerQueryDto, @CurrentActor() actor: Actor) {
    return mapPage(await this.producers.list(query, actor), (producer) => producerView(producer, actor));
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: ProducerView })
  @ApiOperation({ summary: 'A producer (inactive ones only to their producer and coordinators)' })
  @ApiErrors(400, 404)
  async get(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return producerView(await this.producers.get(id, actor), actor);
  }

  @Patch(':id')
  @ApiOkResponse({ type: SavedProducerView })
  @ApiOperation({ summary: 'Changes a producer (the producer: its profile; coordinators: everything)' })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  async update(@IdParam() id: string, @Body() dto: UpdateProducerDto, @CurrentActor() actor: Actor) {
    const saved = await this.producers.update(id, dto, actor);
    return withTextWarnings(producerView(saved, actor), PRINTED_TEXTS.producer(saved));
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Deletes a producer without offers; archives one with offers (and its offers)' })
  @ApiOkResponse({ type: RemovalResult })
  @ApiErrors(400, 403, 404)
  remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.producers.remove(id, actor);
  }
}
