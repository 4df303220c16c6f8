import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnreachable, todayIn, type AppConfig, type Language } from '#common';
import { DatabaseOutage } from '#database';
import { SHORT_CODE_PATTERN } from '#directory';
import { EncodedPage, isCountedVisit, PAGE_SECURITY_HEADERS, PERSONAL, REVALIDATED, SHARED, sendCacheable, setLanguageCookie, sharedCacheControl } from '#web';
import { LastGoodPages } from './last-good-pages.js';
import { notFoundPage } from './not-found.page.js';
import type { CachedPage } from './page-cache.js';
import type { Reader } from './reader.js';
import { unavailablePage } from './unavailable.page.js';

/** One request for a tourist page: its reader, and the addresses of the pages that may stand in for it, the best first. */
export interface Visit extends Reader {
  now: Date;
  addresses: string[];
  /** The page's beacon (`/o/…`): count the opening the page reports, send no page. */
  beacon?: boolean;
}

/** Counts an opening of a page served, on the day it was served in its territory. */
export type OpeningCount = (page: CachedPage, day: string) => void;

/** Every tourist page's answer carries these, whatever it is. */
const PAGE_HEADERS = { ...PAGE_SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', vary: 'Accept-Language, Accept-Encoding, Cookie' };

/**
 * How a tourist page reaches the reader: rendered or from memory, the last good one while the
 * database is away, counted once, with the caching it allows. One place for it, whether the page
 * comes through the controller or straight from memory (`servePagesFromMemory`).
 */
@Injectable()
export class PageDelivery {
  /** A page every tourist shares, whatever is counted: kept by a shared cache as long as it is told (30 s by default). */
  readonly shareable: string;

  constructor(
    private readonly lastGood: LastGoodPages,
    private readonly outage: DatabaseOutage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.shareable = sharedCacheControl({ ...SHARED.page, fresh: config.sharedCacheSeconds || SHARED.page.fresh });
  }

  /** Whether a shared cache in front may serve pages no instance sees: their openings are then counted by the page's beacon. */
  get behindCache(): boolean {
    return this.config.sharedCacheSeconds > 0;
  }

  /** While an outage is known, pages are the last good ones, served without trying the database. */
  get databaseDown(): boolean {
    return this.outage.down;
  }

  /**
   * The page `render` makes, kept as the address's last good one; while the database is away, the
   * last good one instead (stale is better than nothing for a tourist in a field), else a 503 page.
   * Either way an opening served is counted, in memory, to be written once the database is back.
   * Once an outage is known, the last good page is served without trying the database: a server
   * out of reach would make each tourist wait for the connection timeout. What cannot be a code is no page.
   */
  async serve(
    reply: FastifyReply,
    code: string,
    visit: Visit,
    render: () => Promise<CachedPage | undefined>,
    count?: OpeningCount,
    caching = this.pageCaching(),
  ) {
    if (visit.beacon && !this.behindCache) return this.opened(reply);
    if (!SHORT_CODE_PATTERN.test(code)) return visit.beacon ? this.opened(reply) : this.notFound(reply, visit.lang);
    const lastGood = () => visit.addresses.map((address) => this.lastGood.get(address)).find((known) => known !== undefined);
    let page = this.outage.down ? lastGood() : undefined;
    if (page) return this.countAndSend(reply, visit, page, count, caching);
    try {
      page = await render();
    } catch (error) {
      if (!isDatabaseUnreachable(error)) throw error;
      this.outage.unreachable(error);
      page = lastGood();
      if (!page) return visit.beacon ? this.opened(reply) : this.unavailable(reply, visit.lang);
      return this.countAndSend(reply, visit, page, count, caching);
    }
    if (!page) return visit.beacon ? this.opened(reply) : this.notFound(reply, visit.lang);
    return this.served(reply, visit, page, count, caching);
  }

  /** A page found for the visit's address (rendered now or held in memory): kept as its last good one, counted and sent. */
  served(reply: FastifyReply, visit: Visit, page: CachedPage, count?: OpeningCount, caching = this.pageCaching()) {
    this.lastGood.keep(visit.addresses[0], page);
    return this.countAndSend(reply, visit, page, count, caching);
  }

  /**
   * A page with its entity tag (304 when unchanged). Pages whose openings are counted when served
   * are revalidated by any cache, unless the page's beacon counts them (a shared cache in front);
   * an answer setting the language cookie is the reader's own.
   */
  send(reply: FastifyReply, page: EncodedPage, lang: Language, chosen: boolean, status = 200, caching = this.pageCaching()) {
    reply.headers(PAGE_HEADERS);
    if (chosen) setLanguageCookie(reply, lang);
    return sendCacheable(reply, page, chosen ? PERSONAL : caching, status);
  }

  /** The beacon's answer: nothing to keep, for nobody. */
  opened(reply: FastifyReply) {
    return reply.status(204).header('cache-control', 'no-store').send();
  }

  unavailable(reply: FastifyReply, lang: Language) {
    reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    return this.send(reply, new EncodedPage(unavailablePage(lang)), lang, false, 503);
  }

  notFound(reply: FastifyReply, lang: Language) {
    return this.send(reply, new EncodedPage(notFoundPage(lang)), lang, false, 404);
  }

  /**
   * An opening is counted once: by the page's beacon when a shared cache may have served the page
   * (no instance saw it), else when the page is served (then the beacon counts nothing).
   */
  private countAndSend(reply: FastifyReply, visit: Visit, page: CachedPage, count: OpeningCount | undefined, caching: string) {
    // a HEAD of the beacon (a checker asking whether it exists) is no opening
    const counted = visit.beacon ? reply.request.method === 'GET' : !this.behindCache && isCountedVisit(reply.request);
    if (counted) count?.(page, todayIn(page.timeZone, visit.now));
    if (visit.beacon) return this.opened(reply);
    return this.send(reply, page.page, visit.lang, visit.chosen, 200, caching);
  }

  private pageCaching(): string {
    return this.behindCache ? this.shareable : REVALIDATED;
  }
}
