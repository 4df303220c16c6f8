import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnreachable, todayIn, type AppConfig, type Language } from '#common';
import { DatabaseOutage } from '#database';
import { CATEGORIES, ImagesService, SHORT_CODE_PATTERN, ShowcaseService, type Category, type ShowcaseProducer } from '#directory';
import { editionNumberOf, EditionsService, OfferViewCounter, ScanCounter, type PrintedOffer } from '#insights';
import { PassesService, type PassView } from '#passes';
import { qrSvg } from '#printing';
import {
  EncodedPage,
  isCountedVisit,
  PAGE_SECURITY_HEADERS,
  PERSONAL,
  Public,
  REVALIDATED,
  SHARED,
  negotiateLanguage,
  sendCacheable,
  setLanguageCookie,
  sharedCacheControl,
} from '#web';
import { accommodationPage } from './accommodation.page.js';
import { CodeParam } from './code-param.js';
import { editionNote } from './edition-note.js';
import { SERVICE_WORKER } from './assets/service-worker.js';
import { TOURIST_SCRIPT } from './assets/tourist-script.js';
import { passPage } from './pass.page.js';
import { notFoundPage } from './not-found.page.js';
import { LastGoodPages } from './last-good-pages.js';
import { PageCache, type CachedPage } from './page-cache.js';
import { producerPage } from './producer.page.js';
import { TouristReader, type Reader } from './reader.decorator.js';
import { territoryPage } from './territory.page.js';
import { unavailablePage } from './unavailable.page.js';

/** Big enough for a producer's phone to read off the tourist's screen at arm's length, with the standard quiet zone. */
const PASS_QR = { size: 220, margin: 4 };

const offerIdsOf = (producers: ShowcaseProducer[]) => producers.flatMap((producer) => producer.offers.map((offer) => offer.id));

/** The offers an edition printed that today's page no longer shows. */
const endedSince = (printed: readonly PrintedOffer[], shown: readonly string[]) => {
  const today = new Set(shown);
  return printed.filter((offer) => !today.has(offer.id));
};

/** One request for a tourist page: its reader, and the addresses of the pages that may stand in for it, the best first. */
interface Visit extends Reader {
  now: Date;
  addresses: string[];
  /** The page's beacon (`/o/…`): count the opening the page reports, send no page. */
  beacon?: boolean;
}

interface PageQuery {
  lang?: string;
  category?: string;
  open?: string;
  qr?: string;
  from?: string;
  /** The printed edition (?e=N in its QR codes). */
  e?: string;
}

/** The pages tourists reach by scanning: server-rendered, light, in their language. */
@Public()
@ApiExcludeController()
@Controller()
export class TouristPagesController {
  /** A page every tourist shares, whatever is counted: kept by a shared cache as long as it is told (30 s by default). */
  private readonly shareable: string;

  constructor(
    private readonly showcase: ShowcaseService,
    private readonly cache: PageCache,
    private readonly lastGood: LastGoodPages,
    private readonly outage: DatabaseOutage,
    private readonly scans: ScanCounter,
    private readonly views: OfferViewCounter,
    private readonly passes: PassesService,
    private readonly images: ImagesService,
    private readonly editions: EditionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.shareable = sharedCacheControl({ ...SHARED.page, fresh: config.sharedCacheSeconds || SHARED.page.fresh });
  }

  @Get('v/:code')
  accommodation(@CodeParam() code: string, @Query() query: PageQuery, @TouristReader() reader: Reader, @Res() reply: FastifyReply) {
    return this.accommodationVisit(code, query, reader, reply, false);
  }

  /** The beacon tourist.js sends from an accommodation's page, however the page came (an instance, a shared cache): one opening. */
  @Get('o/v/:code')
  accommodationOpened(@CodeParam() code: string, @Query() query: PageQuery, @TouristReader() reader: Reader, @Res() reply: FastifyReply) {
    return this.accommodationVisit(code, query, reader, reply, true);
  }

  private async accommodationVisit(code: string, query: PageQuery, reader: Reader, reply: FastifyReply, beacon: boolean) {
    const { lang } = reader;
    const now = new Date();
    const category = CATEGORIES.includes(query.category as Category) ? (query.category as Category) : undefined;
    const openNow = query.open === '1';
    // A filtered page is the same visit narrowed down (without JavaScript): its offers were counted as seen already.
    const filtered = category !== undefined || openNow;
    const asked = editionNumberOf(query.e);
    const plainAddress = ['v', code, lang, category ?? '', openNow ? 1 : 0].join('|');
    const address = asked ? `${plainAddress}|${asked}` : plainAddress;
    // without the database, a filter or an edition falls back on the whole list rather than on no page
    const addresses = filtered || asked ? [address, ['v', code, lang, '', 0].join('|')] : [address];

    const render = async (): Promise<CachedPage | undefined> => {
      const key = await this.showcase.keyOf(code);
      if (!key) return undefined;
      const cacheKeyOf = (at: string) => [at, key.contentVersion, Math.floor(now.getTime() / 60_000)].join('|');
      const known = this.cache.get(cacheKeyOf(address));
      if (known) return known;
      const printed = asked ? await this.editions.printedOffers(key.territoryId, asked) : undefined;
      // an edition of another territory, or none, counts as no edition: its page is the plain one, cached once whatever number was typed
      const cacheKey = cacheKeyOf(printed ? address : plainAddress);
      let cached = this.cache.get(cacheKey);
      if (cached === undefined) {
        const showcase = await this.showcase.forAccommodation(key, now);
        const offerIds = offerIdsOf(showcase.producers);
        const edition = printed ? { number: asked, note: editionNote(endedSince(printed, offerIds), lang) } : undefined;
        cached = {
          page: new EncodedPage(accommodationPage(showcase, lang, { category, openNow }, now, this.config.publicBaseUrl, edition)),
          offerIds,
          territoryId: key.territoryId,
          timeZone: key.timeZone,
          accommodationId: key.accommodationId,
          edition: edition?.number ?? 0,
        };
        this.cache.set(cacheKey, cached);
      }
      return cached;
    };
    return this.serve(reply, code, { ...reader, now, addresses, beacon }, render, (page, day) => {
      if (page.accommodationId) {
        this.scans.count({ accommodationId: page.accommodationId, territoryId: page.territoryId, day, lang, fromQr: query.qr === '1', edition: page.edition });
      }
      if (!filtered) this.views.shown(page.offerIds, page.territoryId, day);
    });
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
    const render = async (): Promise<CachedPage | undefined> => {
      const found = await this.showcase.producerByCode(code, now);
      if (!found) return undefined;
      const photo = await this.images.producerPhoto(found.territory.id, found.producer.id);
      return {
        page: new EncodedPage(producerPage(found.producer, found.territory, found.today, lang, now, this.config.publicBaseUrl, from, photo)),
        offerIds: offerIdsOf([found.producer]),
        territoryId: found.territory.id,
        timeZone: found.territory.timeZone,
      };
    };
    return this.serve(reply, code, { ...reader, now, addresses: [['f', code, lang, from ?? ''].join('|')], beacon }, render, (page, day) =>
      this.views.shown(page.offerIds, page.territoryId, day),
    );
  }

  @Get('t/:code')
  async territory(@CodeParam() code: string, @TouristReader() reader: Reader, @Res() reply: FastifyReply) {
    const { lang } = reader;
    const now = new Date();
    const render = async (): Promise<CachedPage | undefined> => {
      const found = await this.showcase.territoryByCode(code, now);
      if (!found) return undefined;
      return {
        page: new EncodedPage(territoryPage(found.territory, found.producers, found.today, lang, now)),
        offerIds: [],
        territoryId: found.territory.id,
        timeZone: found.territory.timeZone,
      };
    };
    // nothing is counted on a territory's page: it is shared whatever counts the others
    return this.serve(reply, code, { ...reader, now, addresses: [['t', code, lang].join('|')] }, render, undefined, this.shareable);
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
        return this.unavailable(reply, negotiateLanguage(query.lang, cookies, undefined).lang);
      }
    }
    // The pass speaks the language the host chose for the guests, unless the reader picks another.
    const { lang, chosen } = negotiateLanguage(query.lang, cookies, pass?.lang);
    if (!pass) return this.notFound(reply, lang);
    const qr = await qrSvg(pass.url, PASS_QR);
    return this.send(reply, new EncodedPage(passPage(pass, lang, new Date(), qr)), lang, chosen, 200, PERSONAL);
  }

  @Get('assets/tourist.js')
  script(@Res() reply: FastifyReply) {
    return reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(TOURIST_SCRIPT);
  }

  @Get('sw.js')
  serviceWorker(@Res() reply: FastifyReply) {
    return reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(SERVICE_WORKER);
  }

  /**
   * A page with its entity tag (304 when unchanged). Pages whose openings are counted when served
   * are revalidated by any cache, unless the page's beacon counts them (a shared cache in front);
   * an answer setting the language cookie is the reader's own.
   */
  private send(reply: FastifyReply, page: EncodedPage, lang: Language, chosen: boolean, status = 200, caching = this.pageCaching()) {
    reply.headers({ ...PAGE_SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', vary: 'Accept-Language, Accept-Encoding, Cookie' });
    if (chosen) setLanguageCookie(reply, lang);
    return sendCacheable(reply, page, chosen ? PERSONAL : caching, status);
  }

  private pageCaching(): string {
    return this.behindCache() ? this.shareable : REVALIDATED;
  }

  private behindCache(): boolean {
    return this.config.sharedCacheSeconds > 0;
  }

  /**
   * The page `render` makes, kept as the address's last good one; while the database is away, the
   * last good one instead (stale is better than nothing for a tourist in a field), else a 503 page.
   * Either way an opening served is counted, in memory, to be written once the database is back.
   * Once an outage is known, the last good page is served without trying the database: a server
   * out of reach would make each tourist wait for the connection timeout. What cannot be a code is no page.
   */
  private async serve(
    reply: FastifyReply,
    code: string,
    visit: Visit,
    render: () => Promise<CachedPage | undefined>,
    count?: (page: CachedPage, day: string) => void,
    caching = this.pageCaching(),
  ) {
    if (visit.beacon && !this.behindCache()) return this.opened(reply);
    if (!SHORT_CODE_PATTERN.test(code)) return visit.beacon ? this.opened(reply) : this.notFound(reply, visit.lang);
    const lastGood = () => visit.addresses.map((address) => this.lastGood.get(address)).find((known) => known !== undefined);
    // While an outage is known, no tourist waits for a connection timeout: the last good page at once.
    let page = this.outage.down ? lastGood() : undefined;
    if (page) return this.countAndSend(reply, visit, page, count, caching);
    try {
      page = await render();
      if (page) this.lastGood.keep(visit.addresses[0], page);
    } catch (error) {
      if (!isDatabaseUnreachable(error)) throw error;
      this.outage.unreachable(error);
      page = lastGood();
      if (!page) return visit.beacon ? this.opened(reply) : this.unavailable(reply, visit.lang);
    }
    if (!page) return visit.beacon ? this.opened(reply) : this.notFound(reply, visit.lang);
    return this.countAndSend(reply, visit, page, count, caching);
  }

  /**
   * An opening is counted once: by the page's beacon when a shared cache may have served the page
   * (no instance saw it), else when the page is served (then the beacon counts nothing).
   */
  private countAndSend(reply: FastifyReply, visit: Visit, page: CachedPage, count: ((page: CachedPage, day: string) => void) | undefined, caching: string) {
    // a HEAD of the beacon (a checker asking whether it exists) is no opening
    const counted = visit.beacon ? reply.request.method === 'GET' : !this.behindCache() && isCountedVisit(reply.request);
    if (counted) count?.(page, todayIn(page.timeZone, visit.now));
    if (visit.beacon) return this.opened(reply);
    return this.send(reply, page.page, visit.lang, visit.chosen, 200, caching);
  }

  /** The beacon's answer: nothing to keep, for nobody. */
  private opened(reply: FastifyReply) {
    return reply.status(204).header('cache-control', 'no-store').send();
  }

  private unavailable(reply: FastifyReply, lang: Language) {
    reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    return this.send(reply, new EncodedPage(unavailablePage(lang)), lang, false, 503);
  }

  private notFound(reply: FastifyReply, lang: Language) {
    return this.send(reply, new EncodedPage(notFoundPage(lang)), lang, false, 404);
  }
}
