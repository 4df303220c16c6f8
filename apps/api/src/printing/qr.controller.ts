import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type Actor, type AppConfig } from '#common';
import { AccommodationsService, ProducersService, TerritoriesService } from '#directory';
import { publicLinks, qrPng, qrSvg, QrQueryDto } from '#printing';
import { CurrentActor, Public } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';
import { ApiFileResponse } from '../shared/api-file-response.decorator.js';
import { IdParam } from '../shared/id-param.js';

type Format = 'svg' | 'png';

/** QR codes of the permanent short codes, pointing at PUBLIC_BASE_URL. */
@ApiErrors(401, 503)
@ApiTags('qr codes')
@Controller('api/v1')
export class QrController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accommodations: AccommodationsService,
    private readonly producers: ProducersService,
    private readonly territories: TerritoriesService,
  ) {}

  @Get('accommodations/:id/qr.svg')
  @ApiOperation({ summary: "The accommodation page's QR code (its host and coordinators)" })
  @ApiFileResponse('image/svg+xml', 'The QR code as SVG')
  @ApiErrors(400, 403, 404)
  async accommodationSvg(@IdParam() id: string, @Query() query: QrQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return this.accommodation(id, query, actor, reply, 'svg');
  }

  @Get('accommodations/:id/qr.png')
  @ApiOperation({ summary: "The accommodation page's QR code (its host and coordinators)" })
  @ApiFileResponse('image/png', 'The QR code as PNG')
  @ApiErrors(400, 403, 404)
  async accommodationPng(@IdParam() id: string, @Query() query: QrQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return this.accommodation(id, query, actor, reply, 'png');
  }

  @Public()
  @Get('producers/:id/qr.svg')
  @ApiOperation({ summary: "The producer page's QR code" })
  @ApiFileResponse('image/svg+xml', 'The QR code as SVG')
  @ApiErrors(400, 404)
  async producerSvg(@IdParam() id: string, @Query() query: QrQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    const producer = await this.producers.get(id, actor);
    return this.send(reply, publicLinks.producer(this.config.publicBaseUrl, producer.code), query, 'svg', `producer-${producer.slug}`);
  }

  @Public()
  @Get('producers/:id/qr.png')
  @ApiOperation({ summary: "The producer page's QR code" })
  @ApiFileResponse('image/png', 'The QR code as PNG')
  @ApiErrors(400, 404)
  async producerPng(@IdParam() id: string, @Query() query: QrQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    const producer = await this.producers.get(id, actor);
    return this.send(reply, publicLinks.producer(this.config.publicBaseUrl, producer.code), query, 'png', `producer-${producer.slug}`);
  }

  @Public()
  @Get('territories/:id/qr.svg')
  @ApiOperation({ summary: "The territory page's QR code" })
  @ApiFileResponse('image/svg+xml', 'The QR code as SVG')
  @ApiErrors(400, 404)
  async territorySvg(@IdParam() id: string, @Query() query: QrQueryDto, @Res() reply: FastifyReply) {
    const territory = await this.territories.get(id);
    return this.send(reply, publicLinks.territory(this.config.publicBaseUrl, territory.code), query, 'svg', `territory-${territory.slug}`);
  }

  @Public()
  @Get('territories/:id/qr.png')
  @ApiOperation({ summary: "The territory page's QR code" })
  @ApiFileResponse('image/png', 'The QR code as PNG')
  @ApiErrors(400, 404)
  async territoryPng(@IdParam() id: string, @Query() query: QrQueryDto, @Res() reply: FastifyReply) {
    const territory = await this.territories.get(id);
    return this.send(reply, publicLinks.territory(this.config.publicBaseUrl, territory.code), query, 'png', `territory-${territory.slug}`);
  }

  private async accommodation(id: string, query: QrQueryDto, actor: Actor, reply: FastifyReply, format: Format) {
    const accommodation = await this.accommodations.get(id, actor);
    return this.send(reply, publicLinks.accommodation(this.config.publicBaseUrl, accommodation.code), query, format, `accommodation-${accommodation.slug}`);
  }

  private async send(reply: FastifyReply, url: string, query: QrQueryDto, format: Format, name: string) {
    const options = { size: query.size, margin: query.margin };
    const body = format === 'svg' ? await qrSvg(url, options) : qrPng(url, options);
    return reply
      .header('content-type', format === 'svg' ? 'image/svg+xml' : 'image/png')
      .header('content-disposition', `inline; filename="qr-${name}.${format}"`)
      .header('cache-control', 'private, max-age=300')
      .send(body);
  }
}
