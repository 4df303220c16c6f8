import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, todayIn, type AppConfig, type Language } from '../../../../libs/common/src/index.js';
import { CATEGORIES, SHORT_CODE_PATTERN, ShowcaseService, type Category, type ShowcaseProducer } from '../../../../libs/directory/src/index.js';
import { OfferViewCounter, ScanCounter } from '../../../../libs/insights/src/index.js';
import { PassesService } from '../../../../libs/passes/src/index.js';
import { Public } from '../auth/public.decorator.js';
import { accommodationPage } from './accommodation.page.js';
import { SERVICE_WORKER } from './assets/service-worker.js';
import { TOURIST_SCRIPT } from './assets/tourist-script.js';
import { EncodedPage } from './encoded-page.js';
import { passPage } from './pass.page.js';
import { languageCookie, negotiateLanguage } from './language.js';
import { notFoundPage } from './not-found.page.js';
import { PageCache } from './page-cache.js';
import { producerPage } from './producer.page.js';
import { territoryPage } from './territory.page.js';

/** Nothing from elsewhere: no third-party script, font or tracker can load on these pages. */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

const offerIdsOf = (producers: ShowcaseProducer[]) => producers.flatMap((producer) => producer.offers.map((offer) => offer.id));

interface PageQuery {
  lang?: string;
  category?: string;
  open?: string;
  qr?: string;
  from?: string;
}

/** The pages tourists reach by scanning: server-rendered, light, in their language. */
@Public()
@ApiExcludeController()
@Controller()
export class TouristPagesController {
  constructor(
    private readonly showcase: ShowcaseService,
    private readonly cache: PageCache,
    private readonly scans: ScanCounter,
    private readonly views: OfferViewCounter,
    private readonly passes: PassesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('v/:code')
  async accommodation(
    @Param('code') code: string,
    @Query() query: PageQuery,
    @Headers('cookie') cookie: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const { lang, chosen } = negotiateLanguage(query.lang, cookie, acceptLanguage);
    const key = SHORT_CODE_PATTERN.test(code) ? await this.showcase.keyOf(code) : undefined;
    if (!key) return this.notFound(reply, lang);
    const now = new Date();
    const category = CATEGORIES.includes(query.category as Category) ? (query.category as Category) : undefined;
    const openNow = query.open === '1';
    const day = todayIn(key.timeZone, now);
    this.scans.count({ accommodationId: key.accommodationId, territoryId: key.territoryId, day, lang, fromQr: query.qr === '1' });

    const cacheKey = ['v', code, lang, category ?? '', openNow ? 1 : 0, key.contentVersion, Math.floor(now.getTime() / 60_000)].join('|');
    let cached = this.cache.get(cacheKey);
    if (cached === undefined) {
      const showcase = await this.showcase.forAccommodation(key, now);
      cached = { page: new EncodedPage(accommodationPage(showcase, lang, { category, openNow }, now, this.config.publicBaseUrl)), offerIds: offerIdsOf(showcase.producers) };
      this.cache.set(cacheKey, cached);
    }
    // A filtered page is the same visit narrowed down (without JavaScript): its offers were counted as seen already.
    if (!category && !openNow) this.views.shown(cached.offerIds, key.territoryId, day);
    return this.send(reply, cached.page, lang, chosen);
  }

  @Get('f/:code')
  async producer(
    @Param('code') code: string,
    @Query() query: PageQuery,
    @Headers('cookie') cookie: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const { lang, chosen } = negotiateLanguage(query.lang, cookie, acceptLanguage);
    const found = SHORT_CODE_PATTERN.test(code) ? await this.showcase.producerByCode(code) : undefined;
    if (!found) return this.notFound(reply, lang);
    const from = query.from && SHORT_CODE_PATTERN.test(query.from) ? query.from : undefined;
    this.views.shown(offerIdsOf([found.producer]), found.territory.id, found.today);
    return this.send(reply, new EncodedPage(producerPage(found.producer, found.territory, found.today, lang, new Date(), this.config.publicBaseUrl, from)), lang, chosen);
  }

  @Get('t/:code')
  async territory(
    @Param('code') code: string,
    @Query() query: PageQuery,
    @Headers('cookie') cookie: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const { lang, chosen } = negotiateLanguage(query.lang, cookie, acceptLanguage);
    const found = SHORT_CODE_PATTERN.test(code) ? await this.showcase.territoryByCode(code) : undefined;
    if (!found) return this.notFound(reply, lang);
    return this.send(reply, new EncodedPage(territoryPage(found.territory, found.producers, found.today, lang, new Date())), lang, chosen);
  }

  @Get('p/:code')
  async pass(
    @Param('code') code: string,
    @Query() query: PageQuery,
    @Headers('cookie') cookie: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const pass = SHORT_CODE_PATTERN.test(code) ? await this.passes.view(code).catch(() => undefined) : undefined;
    // The pass speaks the language the host chose for the guests, unless the reader picks another.
    const { lang, chosen } = negotiateLanguage(query.lang, cookie, pass?.lang);
    if (!pass) return this.notFound(reply, lang);
    return this.send(reply, new EncodedPage(passPage(pass, lang, new Date())), lang, chosen);
  }

  @Get('assets/tourist.js')
  script(@Res() reply: FastifyReply) {
    return reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(TOURIST_SCRIPT);
  }

  @Get('sw.js')
  serviceWorker(@Res() reply: FastifyReply) {
    return reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(SERVICE_WORKER);
  }

  private send(reply: FastifyReply, page: EncodedPage, lang: Language, chosen: boolean, status = 200) {
    const { body, encoding } = page.bodyFor(reply.request.headers['accept-encoding']);
    reply.status(status).headers({ ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', vary: 'Accept-Language, Accept-Encoding, Cookie' });
    if (encoding) reply.header('content-encoding', encoding);
    if (chosen) reply.header('set-cookie', languageCookie(lang));
    return reply.send(body);
  }

  private notFound(reply: FastifyReply, lang: Language) {
    return this.send(reply, new EncodedPage(notFoundPage(lang)), lang, false, 404);
  }
}
