import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#common';
import { AccommodationFigures, FiguresQueryDto, FiguresService, ProducerFigures, TerritoryFigures, TerritoryFiguresService } from '#insights';
import { CurrentActor } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';

@ApiErrors(401, 403, 503)
@ApiTags('figures')
@Controller('api/v1')
export class FiguresController {
  constructor(
    private readonly figures: FiguresService,
    private readonly territories: TerritoryFiguresService,
  ) {}

  @Get('territories/:id/figures')
  @ApiOperation({
    summary:
      "The territory's loop over a period: openings, passes, uses, declared spending; per week and month, producer, offer, accommodation, host, and the host → producer flow (coordinators)",
  })
  @ApiOkResponse({ type: TerritoryFigures })
  @ApiErrors(400, 404)
  territory(@IdParam() id: string, @Query() query: FiguresQueryDto, @CurrentActor() actor: Actor) {
    return this.territories.forTerritory(actor, id, query);
  }

  @Get('producers/:id/figures')
  @ApiOperation({ summary: "A producer's uses of offers, declared spending and the accommodations that sent visitors (the producer, coordinators)" })
  @ApiOkResponse({ type: ProducerFigures })
  @ApiErrors(400, 404)
  producer(@IdParam() id: string, @Query() query: FiguresQueryDto, @CurrentActor() actor: Actor) {
    return this.figures.forProducer(actor, id, query);
  }

  @Get('accommodations/:id/figures')
  @ApiOperation({ summary: "An accommodation's page openings, passes, and the uses of offers by its guests (its host, coordinators)" })
  @ApiOkResponse({ type: AccommodationFigures })
  @ApiErrors(400, 404)
  accommodation(@IdParam() id: string, @Query() query: FiguresQueryDto, @CurrentActor() actor: Actor) {
    return this.figures.forAccommodation(actor, id, query);
  }
}
