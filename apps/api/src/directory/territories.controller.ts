import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, PageQueryDto } from '../../../../libs/common/src/index.js';
import { CreateTerritoryDto, TerritoriesService, Territory, UpdateTerritoryDto } from '../../../../libs/directory/src/index.js';
import { Actor } from '../../../../libs/common/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Public } from '../auth/public.decorator.js';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';

@ApiBearerAuth()
@ApiTags('territories')
@Controller('api/v1/territories')
export class TerritoriesController {
  constructor(private readonly territories: TerritoriesService) {}

  @Post()
  @ApiCreatedResponse({ type: Territory })
  @ApiErrors(400, 409)
  create(@Body() dto: CreateTerritoryDto, @CurrentActor() actor: Actor) {
    return this.territories.create(dto, actor);
  }

  @Get()
  @Public()
  @ApiPageResponse(Territory)
  @ApiErrors(400)
  list(@Query() query: PageQueryDto) {
    return this.territories.list(query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: Territory })
  @ApiErrors(400, 404)
  get(@IdParam() id: string) {
    return this.territories.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: Territory })
  @ApiErrors(400, 404, 409)
  update(@IdParam() id: string, @Body() dto: UpdateTerritoryDto, @CurrentActor() actor: Actor) {
    return this.territories.update(id, dto, actor);
  }
}
