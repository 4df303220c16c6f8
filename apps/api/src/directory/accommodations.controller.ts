import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, mapPage, Actor } from '#common';
import {
  AccommodationListItemView,
  AccommodationQueryDto,
  AccommodationView,
  accommodationView,
  AccommodationsService,
  CreateAccommodationDto,
  UpdateAccommodationDto,
} from '#directory';
import { PRINTED_TEXTS, withTextWarnings } from '#printing';
import { CurrentActor } from '#web';
import { SavedAccommodationView } from './saved-views.js';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';
import { RemovalResult } from '../shared/removal.dto.js';

@ApiErrors(401, 503)
@ApiTags('accommodations')
@Controller('api/v1/accommodations')
export class AccommodationsController {
  constructor(private readonly accommodations: AccommodationsService) {}

  @Post()
  @ApiOperation({ summary: 'Creates an accommodation with a new permanent short code' })
  @ApiCreatedResponse({ type: SavedAccommodationView })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  async create(@Body() dto: CreateAccommodationDto, @CurrentActor() actor: Actor) {
    const saved = await this.accommodations.create(dto, actor);
    return withTextWarnings(accommodationView(saved, actor), PRINTED_TEXTS.accommodation(saved));
  }

  @Get()
  @ApiOperation({ summary: 'Accommodations, filtered; with near=lat,lng nearest first with distanceKm' })
  @ApiPageResponse(AccommodationListItemView)
  @ApiErrors(400)
  async list(@Query() query: AccommodationQueryDto, @CurrentActor() actor: Actor) {
    return mapPage(await this.accommodations.list(query, actor), (accommodation) => accommodationView(accommodation, actor));
  }

  @Get(':id')
  @ApiOkResponse({ type: AccommodationView })
  @ApiOperation({ summary: 'An accommodation (its host and coordinators)' })
  @ApiErrors(400, 404)
  async get(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return accommodationView(await this.accommodations.get(id, actor), actor);
  }

  @Patch(':id')
  @ApiOkResponse({ type: SavedAccommodationView })
  @ApiOperation({ summary: 'Changes an accommodation (its host: its details; coordinators: everything)' })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  async update(@IdParam() id: string, @Body() dto: UpdateAccommodationDto, @CurrentActor() actor: Actor) {
    const saved = await this.accommodations.update(id, dto, actor);
    return withTextWarnings(accommodationView(saved, actor), PRINTED_TEXTS.accommodation(saved));
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Archives the accommodation: its printed code then leads to a "no longer available" page, never to another place' })
  @ApiOkResponse({ type: RemovalResult })
  @ApiErrors(400, 403, 404)
  remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.accommodations.remove(id, actor);
  }
}
