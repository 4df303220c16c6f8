import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse } from '../../../../libs/common/src/index.js';
import {
  CreateProducerDto,
  Producer,
  ProducerListItem,
  ProducerQueryDto,
  ProducersService,
  UpdateProducerDto,
} from '../../../../libs/directory/src/index.js';
import { Actor } from '../../../../libs/common/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Public } from '../auth/public.decorator.js';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';
import { RemovalResult } from '../shared/removal.dto.js';

@ApiBearerAuth()
@ApiTags('producers')
@Controller('api/v1/producers')
export class ProducersController {
  constructor(private readonly producers: ProducersService) {}

  @Post()
  @ApiCreatedResponse({ type: Producer })
  @ApiErrors(400, 409)
  create(@Body() dto: CreateProducerDto, @CurrentActor() actor: Actor) {
    return this.producers.create(dto, actor);
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'Producers, filtered; with near=lat,lng nearest first with distanceKm' })
  @ApiPageResponse(ProducerListItem)
  @ApiErrors(400)
  list(@Query() query: ProducerQueryDto, @CurrentActor() actor: Actor) {
    return this.producers.list(query, actor);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: Producer })
  @ApiErrors(400, 404)
  get(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.producers.get(id, actor);
  }

  @Patch(':id')
  @ApiOkResponse({ type: Producer })
  @ApiErrors(400, 404, 409)
  update(@IdParam() id: string, @Body() dto: UpdateProducerDto, @CurrentActor() actor: Actor) {
    return this.producers.update(id, dto, actor);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Deletes a producer without offers; archives one with offers (and its offers)' })
  @ApiOkResponse({ type: RemovalResult })
  @ApiErrors(400, 404)
  remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.producers.remove(id, actor);
  }
}
