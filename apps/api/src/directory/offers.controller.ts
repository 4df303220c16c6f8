import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, mapPage, Actor } from '#common';
import { CreateOfferDto, OfferListItemView, OfferQueryDto, OfferView, offerView, OffersService, RejectOfferDto, UpdateOfferDto } from '#directory';
import { PRINTED_TEXTS, withTextWarnings } from '#printing';
import { CurrentActor, Public } from '#web';
import { SavedOfferView } from './saved-views.js';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';
import { RemovalResult } from '../shared/removal.dto.js';

@ApiErrors(401, 503)
@ApiTags('offers')
@Controller('api/v1/offers')
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Post()
  @ApiOperation({ summary: 'Creates an offer as a draft' })
  @ApiCreatedResponse({ type: SavedOfferView })
  @ApiErrors(400, 403, 404, 413, 415)
  async create(@Body() dto: CreateOfferDto, @CurrentActor() actor: Actor) {
    const saved = await this.offers.create(dto, actor);
    return withTextWarnings(offerView(saved, actor), PRINTED_TEXTS.offer(saved));
  }

  @Get()
  @Public()
  @ApiOperation({ summary: "Offers, filtered; with near=lat,lng nearest first (by the producer's place) with distanceKm" })
  @ApiPageResponse(OfferListItemView)
  @ApiErrors(400)
  async list(@Query() query: OfferQueryDto, @CurrentActor() actor: Actor) {
    return mapPage(await this.offers.list(query, actor), (offer) => offerView(offer, actor));
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: OfferView })
  @ApiOperation({ summary: 'An offer (drafts only to their producer and coordinators)' })
  @ApiErrors(400, 404)
  async get(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return offerView(await this.offers.get(id, actor), actor);
  }

  @Patch(':id')
  @ApiOkResponse({ type: SavedOfferView })
  @ApiOperation({ summary: 'Changes an offer (its producer, coordinators)' })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  async update(@IdParam() id: string, @Body() dto: UpdateOfferDto, @CurrentActor() actor: Actor) {
    const saved = await this.offers.update(id, dto, actor);
    return withTextWarnings(offerView(saved, actor), PRINTED_TEXTS.offer(saved));
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Deletes a never-published offer; archives one that was published' })
  @ApiOkResponse({ type: RemovalResult })
  @ApiErrors(400, 403, 404)
  remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.offers.remove(id, actor);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'draft → pending_review' })
  @ApiOkResponse({ type: OfferView })
  @ApiErrors(400, 403, 404, 409)
  async submit(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return offerView(await this.offers.transition(id, 'submit', actor), actor);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'draft (territory without review), pending_review (approval) or paused → published' })
  @ApiOkResponse({ type: OfferView })
  @ApiErrors(400, 403, 404, 409)
  async publish(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return offerView(await this.offers.transition(id, 'publish', actor), actor);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'pending_review → draft, with the reason shown to the producer' })
  @ApiOkResponse({ type: OfferView })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  async reject(@IdParam() id: string, @Body() dto: RejectOfferDto, @CurrentActor() actor: Actor) {
    return offerView(await this.offers.transition(id, 'reject', actor, dto.reason), actor);
  }

  @Post(':id/pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'published → paused' })
  @ApiOkResponse({ type: OfferView })
  @ApiErrors(400, 403, 404, 409)
  async pause(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return offerView(await this.offers.transition(id, 'pause', actor), actor);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'any status → archived (final)' })
  @ApiOkResponse({ type: OfferView })
  @ApiErrors(400, 403, 404, 409)
  async archive(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return offerView(await this.offers.transition(id, 'archive', actor), actor);
  }
}
