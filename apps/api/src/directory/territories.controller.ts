import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, mapPage, PageQueryDto, Actor } from '#common';
import { CreateTerritoryDto, TerritoriesService, TerritoryView, territoryView, UpdateTerritoryDto } from '#directory';
import { CurrentActor, Public } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';

@ApiBearerAuth()
@ApiTags('territories')
@Controller('api/v1/territories')
export class TerritoriesController {
  constructor(private readonly territories: TerritoriesService) {}

  @Post()
  @ApiCreatedResponse({ type: TerritoryView })
  @ApiErrors(400, 409)
  async create(@Body() dto: CreateTerritoryDto, @CurrentActor() actor: Actor) {
    return territoryView(await this.territories.create(dto, actor));
  }

  @Get()
  @Public()
  @ApiPageResponse(TerritoryView)
  @ApiErrors(400)
  async list(@Query() query: PageQueryDto) {
    return mapPage(await this.territories.list(query), territoryView);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: TerritoryView })
  @ApiErrors(400, 404)
  async get(@IdParam() id: string) {
    return territoryView(await this.territories.get(id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: TerritoryView })
  @ApiErrors(400, 404, 409)
  async update(@IdParam() id: string, @Body() dto: UpdateTerritoryDto, @CurrentActor() actor: Actor) {
    return territoryView(await this.territories.update(id, dto, actor));
  }
}
