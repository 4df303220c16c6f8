import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';
import { RemovalResult } from '../shared/removal.dto.js';

@ApiTags('offers')
@Controller('api/v1/offers')
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Post()
  @ApiOperation({ summary: 'Creates an offer as a draft' })
  @ApiCreatedResponse({ type: Offer })
  @ApiErrors(400)
  create(@Body() dto: CreateOfferDto) {
    return this.offers.create(dto);
  }

  @Get()
  @ApiOperation({ summary: "Offers, filtered; with near=lat,lng nearest first (by the producer's place) with distanceKm" })
  @ApiPageResponse(OfferListItem)
  @ApiErrors(400)
  list(@Query() query: OfferQueryDto) {
    return this.offers.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: Offer })
  @ApiErrors(400, 404)
  get(@IdParam() id: string) {
    return this.offers.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: Offer })
  @ApiErrors(400, 404, 409)
  update(@IdParam() id: string, @Body() dto: UpdateOfferDto) {
    return this.offers.update(id, dto);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Deletes a never-published offer; archives one that was published' })
  @ApiOkResponse({ type: RemovalResult })
  @ApiErrors(400, 404)
  remove(@IdParam() id: string) {
    return this.offers.remove(id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'draft → pending_review' })
  @ApiOkResponse({ type: Offer })
  @ApiErrors(400, 404, 409)
  submit(@IdParam() id: string) {
    return this.offers.transition(id, 'submit');
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'draft (territory without review), pending_review (approval) or paused → published' })
  @ApiOkResponse({ type: Offer })
  @ApiErrors(400, 404, 409)
  publish(@IdParam() id: string) {
    return this.offers.transition(id, 'publish');
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'pending_review → draft, with the reason shown to the producer' })
  @ApiOkResponse({ type: Offer })
  @ApiErrors(400, 404, 409)
  reject(@IdParam() id: string, @Body() dto: RejectOfferDto) {
    return this.offers.transition(id, 'reject', dto.reason);
  }

  @Post(':id/pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'published → paused' })
  @ApiOkResponse({ type: Offer })
  @ApiErrors(400, 404, 409)
  pause(@IdParam() id: string) {
    return this.offers.transition(id, 'pause');
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'any status → archived (final)' })
  @ApiOkResponse({ type: Offer })
  @ApiErrors(400, 404, 409)
  archive(@IdParam() id: string) {
    return this.offers.transition(id, 'archive');
  }
}
