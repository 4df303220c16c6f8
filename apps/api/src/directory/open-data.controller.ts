import { Controller, Get, Headers, HttpCode, Inject, NotFoundException, Options, Res, UseInterceptors } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig, without } from '#common';
import { producerJsonLd, producersGeoJson, ShowcaseService } from '#directory';
import { clientHolds, Public } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { IdParam } from '../shared/id-param.js';
import { OPEN_DATA_PREFLIGHT, OpenDataCorsInterceptor } from './open-data-cors.interceptor.js';

/** A territory's producers as open data, for maps and tourism information systems on any site; answered 304 while unchanged. */
@Public()
@UseInterceptors(OpenDataCorsInterceptor)
@ApiTags('open data')
@Controller('api/v1/territories')
export class OpenDataController {
  constructor(
    private readonly showcase: ShowcaseService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id/producers.geojson')
  @ApiOperation({ summary: 'Active producers as GeoJSON points ([longitude, latitude]) with contact, opening hours and the offers shown today' })
  @ApiProduces('application/geo+json')
  @ApiOkResponse({ description: 'A GeoJSON FeatureCollection (RFC 7946)' })
  @ApiErrors(400, 404)
  async geojson(@IdParam() id: string, @Headers('if-none-match') known: string | undefined, @Res() reply: FastifyReply) {
    const data = await this.openData(id);
    const body = producersGeoJson(data.producers, (code) => this.pageUrl(code));
    return this.send(reply, 'application/geo+json', data.etag, known, body);
  }

  @Get(':id/producers.jsonld')
  @ApiOperation({ summary: 'Active producers as schema.org JSON-LD (LocalBusiness types with address, geo, opening hours specification, offers)' })
  @ApiProduces('application/ld+json')
  @ApiOkResponse({ description: 'A JSON-LD document with one schema.org business per producer in @graph' })
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
    reply.header('etag', etag).header('cache-control', 'public, max-age=300');
    if (clientHolds(known, etag)) return reply.status(304).send();
    return reply.header('content-type', `${type}; charset=utf-8`).send(JSON.stringify(body));
  }
}
