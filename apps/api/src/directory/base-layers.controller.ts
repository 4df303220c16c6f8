import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#common';
import { BaseLayersService, BaseLayersView } from '#directory';
import { CurrentActor } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';

/** The type GeoJSON files are sent as (RFC 7946): read as bytes, up to 5 MB. */
export const GEOJSON_TYPE = 'application/geo+json';

const UPLOAD_DESCRIPTION = `A GeoJSON FeatureCollection in WGS 84 longitude/latitude (RFC 7946), sent as \`${GEOJSON_TYPE}\` (up to 5 MB and 300,000 points; \`application/json\` is read too, up to 1 MB).
Commune outlines are Polygon or MultiPolygon, roads and rivers LineString or MultiLineString; which is which comes from a \`layer\` property (\`commune\`, \`road\`, \`river\`),
else from OpenStreetMap tags (\`boundary=administrative\`, \`highway\` motorway to secondary, \`waterway\` river or canal) or IGN's (\`INSEE_COM\`, \`CL_ADMIN\`, \`CODE_HYDRO\`);
an area with no other tag is a commune. Names come from \`name\` or \`nom\`. Points, small roads, streams and buildings are left out and counted.
Geometry is simplified to the printed map's resolution (Douglas–Peucker, about 0.5 mm) before it is kept. Refused, naming what and where:
not JSON, not a FeatureCollection, another coordinate system, a position out of range, an unclosed ring, too large (413). See docs/base-layers.md.`;

/** A territory's base layers (commune outlines, main roads, rivers) under the points of its printed maps. */
@ApiErrors(401, 403, 404, 503)
@ApiTags('territories')
@Controller('api/v1/territories')
export class BaseLayersController {
  constructor(private readonly baseLayers: BaseLayersService) {}

  @Put(':id/base-layers')
  @ApiOperation({ summary: "Replaces the territory's base layers for its printed maps with a GeoJSON file (coordinators)", description: UPLOAD_DESCRIPTION })
  @ApiConsumes(GEOJSON_TYPE, 'application/json')
  @ApiBody({ description: 'The GeoJSON FeatureCollection', schema: { type: 'object', example: { type: 'FeatureCollection', features: [] } } })
  @ApiOkResponse({ type: BaseLayersView, description: 'What was kept and left out, and the simplified layers' })
  @ApiErrors(400, 413, 415)
  put(@IdParam() id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.baseLayers.put(id, body, actor);
  }

  @Get(':id/base-layers')
  @ApiOperation({ summary: "The territory's base layers as kept (coordinators; 404 when none was uploaded)" })
  @ApiOkResponse({ type: BaseLayersView })
  @ApiErrors(400)
  get(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.baseLayers.get(id, actor);
  }

  @Delete(':id/base-layers')
  @HttpCode(204)
  @ApiOperation({ summary: "Removes the territory's base layers: its maps are drawn on white again (coordinators)" })
  @ApiNoContentResponse({ description: 'Removed, or there were none' })
  @ApiErrors(400)
  async remove(@IdParam() id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.baseLayers.remove(id, actor);
  }
}
