import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, mapPage, PageQueryDto, Actor } from '#common';
import { CreateTerritoryDto, TerritoriesService, TerritoryView, territoryView, UpdateTerritoryDto } from '#directory';
import { PRINTED_TEXTS, withTextWarnings } from '#printing';
import { CurrentActor, Public } from '#web';
import { SavedTerritoryView } from './saved-views.js';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';

@ApiErrors(401, 503)
@ApiTags('territories')
@Controller('api/v1/territories')
export class TerritoriesController {
  constructor(private readonly territories: TerritoriesService) {}

  @Post()
  @ApiCreatedResponse({ type: SavedTerritoryView })
  @ApiOperation({ summary: 'Opens a territory (platform admin)' })
  @ApiErrors(400, 403, 409, 413, 415)
  async create(@Body() dto: CreateTerritoryDto, @CurrentActor() actor: Actor) {
    const saved = await this.territories.create(dto, actor);
    return withTextWarnings(territoryView(saved), PRINTED_TEXTS.territory(saved));
  }

  @Get()
  @Public()
  @ApiPageResponse(TerritoryView)
  @ApiOperation({ summary: 'Territories, by name' })
  @ApiErrors(400)
  async list(@Query() query: PageQueryDto) {
    return mapPage(await this.territories.list(query), territoryView);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: TerritoryView })
  @ApiOperation({ summary: 'A territory with its settings and look' })
  @ApiErrors(400, 404)
  async get(@IdParam() id: string) {
    return territoryView(await this.territories.get(id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: SavedTerritoryView })
  @ApiOperation({ summary: "Changes a territory's settings and look (its coordinators)" })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  async update(@IdParam() id: string, @Body() dto: UpdateTerritoryDto, @CurrentActor() actor: Actor) {
    const saved = await this.territories.update(id, dto, actor);
    return withTextWarnings(territoryView(saved), PRINTED_TEXTS.territory(saved));
  }
}
