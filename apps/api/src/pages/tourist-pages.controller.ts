import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, isDatabaseUnreachable, type AppConfig } from '#common';
import { DatabaseOutage } from '#database';
import { ImagesService, SHORT_CODE_PATTERN, ShowcaseService } from '#directory';
import { OfferViewCounter } from '#insights';
import { PassesService, type PassView } from '#passes';
import { qrSvg } from '#printing';
import { EncodedPage, PERSONAL, Public, negotiateLanguage } from '#web';
import { AccommodationPages, offerIdsOf, type AccommodationQuery, type AccommodationVisit } from './accommodation-pages.js';
import { CodeParam } from './code-param.js';
import { SERVICE_WORKER } from './assets/service-worker.js';
import { touristScript } from './assets/tourist-script.js';
import { passPage } from './pass.page.js';
import { PageDelivery } from './page-delivery.js';
import { PageCache, pageCacheKey, type CachedPage } from './page-cache.js';
import { producerPage } from './producer.page.js';
import { TouristReader, type Reader } from './reader.decorator.js';
import { territoryPage } from './territory.page.js';

/** Big enough for a producer's phone to read off the tourist's screen at arm's length, with the standard quiet zone. */
const PASS_QR = { size: 220, margin: 4 };

interface PageQuery extends AccommodationQuery {
  from?: string;
}

/**
 * The pages tourists reach by scanning: server-rendered, light, in their language, kept in memory
 * by their territory's content version and the minute. An accommodation's page this instance
 * holds already is served before it gets here (`servePagesFromMemory`).
 */
@Public()
@ApiExcludeController()
@Controller()
export class TouristPagesController {
  private readonly touristJs: string;

  constructor(
    private readonly accommodations: AccommodationPages,
    private readonly delivery: PageDelivery,
    private readonly showcase: ShowcaseService,
    private readonly cache: PageCache,
    private readonly outage: DatabaseOutage,
    private readonly views: OfferViewCounter,
    private readonly passes: PassesService,
    private readonly images: ImagesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.touristJs = touristScript({ beacon: delivery.behindCache });
  }

  @Get('v/:code')
  accommodation(@CodeParam() code: string, @Query() query: PageQuery, @TouristReader() reader: Reader, @Res() reply: FastifyReply) {
    return this.accommodationVisit(this.accommodations.visitOf(code, query, reader, false), reply);
  }

  /** The beacon tourist.js sends from an accommodation's page, however the page came (an instance, a shared cache): one opening. */
  @Get('o/v/:code')
  accommodationOpened(@CodeParam() code: string, @Query() query: PageQuery, @TouristReader() reader: Reader, @Res() reply: FastifyReply) {
    return this.accommodationVisit(this.accommodations.visitOf(code, query, reader, true), reply);
  }

  private accommodationVisit(visit: AccommodationVisit, reply: FastifyReply) {
    return this.delivery.serve(reply, visit.code, visit, () => this.accommodations.render(visit), this.accommodations.counter(visit));
  }

  @Get('f/:code')
  producer(@CodeParam() code: string, @Query() query: PageQuery, @TouristReader() reader: Reader, @Res() reply: FastifyReply) {
    return this.producerVisit(code, query, reader, reply, false);
  }

  /** The beacon of a producer's page: its offers seen once more. */
  @Get('o/f/:code')
  producerOpened(@CodeParam() code: string, @Query() query: PageQuery, @TouristReader() reader: Reader, @Res() reply: FastifyReply) {
    return this.producerVisit(code, query, reader, reply, true);
  }

  private async producerVisit(code: string, query: PageQuery, reader: Reader, reply: FastifyReply, beacon: boolean) {
    const { lang } = reader;
    const now = new Date();
    const from = query.from && SHORT_CODE_PATTERN.test(query.from) ? query.from : undefined;
    const address = ['f', code, lang, from ?? ''].join('|');
    const render = async (): Promise<CachedPage | undefined> => {
      const key = await this.showcase.producerKeyOf(code);
      if (!key) return undefined;
      return this.cache.orRender(pageCacheKey(address, key, now), async () => {
        const found = await this.showcase.producerByCode(code, now);
        if (!found) return undefined;
        const photo = await this.images.producerPhoto(found.territory.id, found.producer.id);
        return {
          page: new EncodedPage(producerPage(found.producer, found.territory, found.today, lang, now, this.config.publicBaseUrl, from, photo)),
          offerIds: offerIdsOf([found.producer]),
          territoryId: found.territory.id,
          timeZone: found.territory.timeZone,
        };
      });
    };
    return this.delivery.serve(reply, code, { ...reader, now, addresses: [address], beacon }, render, (page, day) =>
      this.views.shown(page.offerIds, page.territoryId, day),
    );
  }

  @Get('t/:code')
  async territory(@CodeParam() code: string, @TouristReader() reader: Reader, @Res() reply: FastifyReply) {
    const { lang } = reader;
    const now = new Date();
    const address = ['t', code, lang].join('|');
    const render = async (): Promise<CachedPage | undefined> => {
      const key = await this.showcase.territoryKeyOf(code);
      if (!key) return undefined;
      return this.cache.orRender(pageCacheKey(address, key, now), async () => {
        const found = await this.showcase.territoryByCode(code, now);
        if (!found) return undefined;
        return {
          page: new EncodedPage(territoryPage(found.territory, found.producers, found.today, lang, now)),
          offerIds: [],
          territoryId: found.territory.id,
          timeZone: found.territory.timeZone,
        };
      });
    };
    // nothing is counted on a territory's page: it is shared whatever counts the others
    return this.delivery.serve(reply, code, { ...reader, now, addresses: [address] }, render, undefined, this.delivery.shareable);
  }

  @Get('p/:code')
  async pass(@CodeParam() code: string, @Query() query: PageQuery, @Res() reply: FastifyReply) {
    const { cookies } = reply.request;
    let pass: PassView | undefined;
    try {
      pass = SHORT_CODE_PATTERN.test(code) ? await this.passes.view(code) : undefined;
    } catch (error) {
      if (isDatabaseUnreachable(error)) {
        this.outage.unreachable(error);
        return this.delivery.unavailable(reply, negotiateLanguage(query.lang, cookies, undefined).lang);
      }
    }
    // The pass speaks the language the host chose for the guests, unless the reader picks another.
    const { lang, chosen } = negotiateLanguage(query.lang, cookies, pass?.lang);
    if (!pass) return this.delivery.notFound(reply, lang);
    const qr = await qrSvg(pass.url, PASS_QR);
    return this.delivery.send(reply, new EncodedPage(passPage(pass, lang, new Date(), qr)), lang, chosen, 200, PERSONAL);
  }

  @Get('assets/tourist.js')
  script(@Res() reply: FastifyReply) {
    return reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(this.touristJs);
  }

  @Get('sw.js')
  serviceWorker(@Res() reply: FastifyReply) {
    return reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(SERVICE_WORKER);
  }
}
