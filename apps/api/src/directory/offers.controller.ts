import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse } from '../../../../libs/common/src/index.js';
import {
  CreateOfferDto,
  Offer,
  OfferListItem,
  OfferQueryDto,
  OffersService,
  RejectOfferDto,
  UpdateOfferDto,
} from '../../../../libs/directory/src/index.js';
import { Actor } from '../../../../libs/common/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Public } from '../auth/public.decorator.js';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';
import { RemovalResult } from '../shared/removal.dto.js';

@ApiBearerAuth()
@ApiTags('offers')
@Controller('api/v1/offers')
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Post()
  @ApiOperation({ summary: 'Creates an offer as a draft' })
  @ApiCreatedResponse({ type: Offer })
  @ApiErrors(400)
  create(@Body() dto: CreateOfferDto, @CurrentActor() actor: Actor) {
    return this.offers.create(dto, actor);
  }

  @Get()
  @Public()
  @ApiOperation({ summary: "Offers, filtered; with near=lat,lng nearest first (by the producer's place) with distanceKm" })
  @ApiPageResponse(OfferListItem)
  @ApiErrors(400)
  list(@Query() query: OfferQueryDto, @CurrentActor() actor: Actor) {
    return this.offers.list(query, actor);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: Offer })
  @ApiErrors(400, 404)
  get(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.offers.get(id, actor);
  }

  @Patch(':id')
  @ApiOkResponse({ type: Offer })
  @ApiErrors(400, 404, 409)
  update(@IdParam() id: string, @Body() dto: UpdateOfferDto, @CurrentActor() actor: Actor) {
    return this.offers.update(id, dto, actor);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Deletes a never-published offer; archives one that was published' })
  @ApiOkResponse({ type: RemovalResult })
  @ApiErrors(400, 404)
  remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.offers.remove(id, actor);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'draft → pending_review' })
  @ApiOkResponse({ type: Offer })
  @ApiErrors(400, 404, 409)
  submit(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.offers.transition(id, 'submit', actor);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'draft (territory without review), pending_review (approval) or paused → published' })
  @ApiOkResponse({ type: Offer })
  @ApiErrors(400, 404, 409)
  publish(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.offers.transition(id, 'publish', actor);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'pending_review → draft, with the reason shown to the producer' })
  @ApiOkResponse({ type: Offer })
  @ApiErrors(400, 404, 409)
  reject(@IdParam() id: string, @Body() dto: RejectOfferDto, @CurrentActor() actor: Actor) {
    return this.offers.transition(id, 'reject', actor, dto.reason);
  }

  @Post(':id/pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'published → paused' })
  @ApiOkResponse({ type: Offer })
  @ApiErrors(400, 404, 409)
  pause(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.offers.transition(id, 'pause', actor);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'any status → archived (final)' })
  @ApiOkResponse({ type: Offer })
  @ApiErrors(400, 404, 409)
  archive(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.offers.transition(id, 'archive', actor);
  }
}
