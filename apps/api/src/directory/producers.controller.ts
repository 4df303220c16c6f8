import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, mapPage, Actor } from '#common';
import { CreateProducerDto, ProducerListItemView, ProducerQueryDto, ProducersService, ProducerView, producerView, UpdateProducerDto } from '#directory';
import { CurrentActor, Public } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';
import { RemovalResult } from '../shared/removal.dto.js';

@ApiBearerAuth()
@ApiTags('producers')
@Controller('api/v1/producers')
export class ProducersController {
  constructor(private readonly producers: ProducersService) {}

  @Post()
  @ApiCreatedResponse({ type: ProducerView })
  @ApiErrors(400, 409)
  async create(@Body() dto: CreateProducerDto, @CurrentActor() actor: Actor) {
    return producerView(await this.producers.create(dto, actor), actor);
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
  @ApiErrors(400, 404)
  async get(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return producerView(await this.producers.get(id, actor), actor);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ProducerView })
  @ApiErrors(400, 404, 409)
  async update(@IdParam() id: string, @Body() dto: UpdateProducerDto, @CurrentActor() actor: Actor) {
    return producerView(await this.producers.update(id, dto, actor), actor);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Deletes a producer without offers; archives one with offers (and its offers)' })
  @ApiOkResponse({ type: RemovalResult })
  @ApiErrors(400, 404)
  remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.producers.remove(id, actor);
  }
}
