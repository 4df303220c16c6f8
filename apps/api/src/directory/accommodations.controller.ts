import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse } from '../../../../libs/common/src/index.js';
import {
  Accommodation,
  AccommodationListItem,
  AccommodationQueryDto,
  AccommodationsService,
  CreateAccommodationDto,
  UpdateAccommodationDto,
} from '../../../../libs/directory/src/index.js';
import { Actor } from '../../../../libs/common/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';
import { RemovalResult } from '../shared/removal.dto.js';

@ApiBearerAuth()
@ApiTags('accommodations')
@Controller('api/v1/accommodations')
export class AccommodationsController {
  constructor(private readonly accommodations: AccommodationsService) {}

  @Post()
  @ApiOperation({ summary: 'Creates an accommodation with a new permanent short code' })
  @ApiCreatedResponse({ type: Accommodation })
  @ApiErrors(400, 409)
  create(@Body() dto: CreateAccommodationDto, @CurrentActor() actor: Actor) {
    return this.accommodations.create(dto, actor);
  }

  @Get()
  @ApiOperation({ summary: 'Accommodations, filtered; with near=lat,lng nearest first with distanceKm' })
  @ApiPageResponse(AccommodationListItem)
  @ApiErrors(400)
  list(@Query() query: AccommodationQueryDto, @CurrentActor() actor: Actor) {
    return this.accommodations.list(query, actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: Accommodation })
  @ApiErrors(400, 404)
  get(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.accommodations.get(id, actor);
  }

  @Patch(':id')
  @ApiOkResponse({ type: Accommodation })
  @ApiErrors(400, 404, 409)
  update(@IdParam() id: string, @Body() dto: UpdateAccommodationDto, @CurrentActor() actor: Actor) {
    return this.accommodations.update(id, dto, actor);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Archives the accommodation: its printed code then leads to a "no longer available" page, never to another place' })
  @ApiOkResponse({ type: RemovalResult })
  @ApiErrors(400, 404)
  remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.accommodations.remove(id, actor);
  }
}
