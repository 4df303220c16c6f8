import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, PageQueryDto } from '../../../../libs/common/src/index.js';
import { CreateTerritoryDto, TerritoriesService, Territory, UpdateTerritoryDto } from '../../../../libs/directory/src/index.js';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';

@ApiTags('territories')
@Controller('api/v1/territories')
export class TerritoriesController {
  constructor(private readonly territories: TerritoriesService) {}

  @Post()
  @ApiCreatedResponse({ type: Territory })
  @ApiErrors(400, 409)
  create(@Body() dto: CreateTerritoryDto) {
    return this.territories.create(dto);
  }

  @Get()
  @ApiPageResponse(Territory)
  @ApiErrors(400)
  list(@Query() query: PageQueryDto) {
    return this.territories.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: Territory })
  @ApiErrors(400, 404)
  get(@IdParam() id: string) {
    return this.territories.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: Territory })
  @ApiErrors(400, 404, 409)
  update(@IdParam() id: string, @Body() dto: UpdateTerritoryDto) {
    return this.territories.update(id, dto);
  }
}
