import { Controller, Get, Headers, HttpCode, Inject, NotFoundException, Options, Res, UseInterceptors } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig, without } from '#common';
import { producerJsonLd, producersGeoJson, ShowcaseService } from '#directory';
import { clientHolds, Public, SHARED, sharedCacheControl } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { ApiFileResponse } from '../shared/api-file-response.decorator.js';
import { IdParam } from '../shared/id-param.js';
import { OPEN_DATA_PREFLIGHT, OpenDataCorsInterceptor } from './open-data-cors.interceptor.js';

const GEOJSON = {
  type: 'object',
  required: ['type', 'features'],
  properties: {
    type: { type: 'string', enum: ['FeatureCollection'] },
    features: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'id', 'geometry', 'properties'],
        properties: {
          type: { type: 'string', enum: ['Feature'] },
          id: { type: 'string', format: 'uuid', description: 'The producer' },
          geometry: {
            type: 'object',
            properties: { type: { type: 'string', enum: ['Point'] }, coordinates: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 } },
          },
          properties: { type: 'object' },
        },
      },
    },
  },
  example: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        geometry: { type: 'Point', coordinates: [-0.2472, 46.6486] },
        properties: { name: 'Ferme du Chemin Creux' },
      },
    ],
  },
};

const JSON_LD = {
  type: 'object',
  required: ['@context', '@graph'],
  properties: { '@context': { type: 'string', enum: ['https://schema.org'] }, '@graph': { type: 'array', items: { type: 'object' } } },
  example: { '@context': 'https://schema.org', '@graph': [{ '@type': 'Farm', name: 'Ferme du Chemin Creux' }] },
};

/** Feeds change by the day and count nothing: a shared cache keeps them minutes, and serves them while the instances are away. */
const FEED_CACHING = sharedCacheControl(SHARED.feed);

/** A territory's producers as open data, for maps and tourism information systems on any site; answered 304 while unchanged. */
@Public()
@UseInterceptors(OpenDataCorsInterceptor)
@ApiErrors(401, 503)
@ApiTags('open data')
@Controller('api/v1/territories')
export class OpenDataController {
  constructor(
    private readonly showcase: ShowcaseService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id/producers.geojson')
  @ApiOperation({ summary: 'Active producers as GeoJSON points ([longitude, latitude]) with contact, opening hours and the offers shown today' })
  @ApiFileResponse('application/geo+json', 'A GeoJSON FeatureCollection (RFC 7946)', { schema: GEOJSON, notModified: true })
  @ApiErrors(400, 404)
  async geojson(@IdParam() id: string, @Headers('if-none-match') known: string | undefined, @Res() reply: FastifyReply) {
    const data = await this.openData(id);
    const body = producersGeoJson(data.producers, (code) => this.pageUrl(code));
    return this.send(reply, 'application/geo+json', data.etag, known, body);
  }

  @Get(':id/producers.jsonld')
  @ApiOperation({ summary: 'Active producers as schema.org JSON-LD (LocalBusiness types with address, geo, opening hours specification, offers)' })
  @ApiFileResponse('application/ld+json', 'A JSON-LD document with one schema.org business per producer in @graph', { schema: JSON_LD, notModified: true })
  @ApiErrors(400, 404)
  async jsonld(@IdParam() id: string, @Headers('if-none-match') known: string | undefined, @Res() reply: FastifyReply) {
    const data = await this.openData(id);
    const graph = data.producers.map((producer) =>
      without(
        producerJsonLd(producer, {
          url: this.pageUrl(producer.code),
          timeZone: data.territory.timeZone,
          territoryName: data.territory.name,
        }),
        '@context',
      ),
    );
    return this.send(reply, 'application/ld+json', data.etag, known, { '@context': 'https://schema.org', '@graph': graph });
  }

  @Options([':id/producers.geojson', ':id/producers.jsonld'])
  @HttpCode(204)
  @ApiExcludeEndpoint()
  preflight(@Res() reply: FastifyReply) {
    return reply.headers(OPEN_DATA_PREFLIGHT).status(204).send();
  }

  private async openData(id: string) {
    const data = await this.showcase.openData(id);
    if (!data) throw new NotFoundException('No territory with this id');
    // offers shown depend on the day as well as on the content
    return { ...data, etag: `"${data.territory.contentVersion}-${data.today}"` };
  }

  private pageUrl(code: string): string {
    return `${this.config.publicBaseUrl}/f/${code}`;
  }

  private send(reply: FastifyReply, type: string, etag: string, known: string | undefined, body: unknown) {
    reply.header('etag', etag).header('cache-control', FEED_CACHING);
    if (clientHolds(known, etag)) return reply.status(304).send();
    return reply.header('content-type', `${type}; charset=utf-8`).send(JSON.stringify(body));
  }
}
