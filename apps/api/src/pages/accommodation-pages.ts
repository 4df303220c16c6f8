import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#common';
import { CATEGORIES, ShowcaseService, type Category, type ShowcaseProducer } from '#directory';
import { editionNumberOf, EditionsService, OfferViewCounter, ScanCounter, type PrintedOffer } from '#insights';
import { EncodedPage } from '#web';
import { accommodationPage } from './accommodation.page.js';
import { editionNote } from './edition-note.js';
import type { OpeningCount, Visit } from './page-delivery.js';
import { PageCache, pageCacheKey, type CachedPage } from './page-cache.js';
import type { Reader } from './reader.js';

/** What an accommodation's page is asked with: `?category=`, `?open=1`, `?qr=1` (a scan), `?e=N` (the printed edition scanned). */
export interface AccommodationQuery {
  lang?: string;
  category?: string;
  open?: string;
  qr?: string;
  e?: string;
}

/** One opening of an accommodation's page: which page exactly, and what counts it. */
export interface AccommodationVisit extends Visit {
  code: string;
  category?: Category;
  openNow: boolean;
  /** A filtered page is the same visit narrowed down (without JavaScript): its offers were counted as seen already. */
  filtered: boolean;
  fromQr: boolean;
  /** The edition number the QR code printed (0: none). */
  asked: number;
  /** The page without an edition's note: what an edition of another territory, or none, shows. */
  plainAddress: string;
}

export const offerIdsOf = (producers: ShowcaseProducer[]) => producers.flatMap((producer) => producer.offers.map((offer) => offer.id));

/** The offers an edition printed that today's page no longer shows. */
const endedSince = (printed: readonly PrintedOffer[], shown: readonly string[]) => {
  const today = new Set(shown);
  return printed.filter((offer) => !today.has(offer.id));
};

/** An accommodation's page, the one tourists reach by scanning the QR code in their gîte: rendered, kept, counted. */
@Injectable()
export class AccommodationPages {
  constructor(
    private readonly showcase: ShowcaseService,
    private readonly cache: PageCache,
    private readonly editions: EditionsService,
    private readonly scans: ScanCounter,
    private readonly views: OfferViewCounter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  visitOf(code: string, query: AccommodationQuery, reader: Reader, beacon: boolean, now = new Date()): AccommodationVisit {
    const category = CATEGORIES.includes(query.category as Category) ? (query.category as Category) : undefined;
    const openNow = query.open === '1';
    const filtered = category !== undefined || openNow;
    const asked = editionNumberOf(query.e) ?? 0;
    const plainAddress = `v|${code}|${reader.lang}|${category ?? ''}|${openNow ? 1 : 0}`;
    const address = asked ? `${plainAddress}|${asked}` : plainAddress;
    // without the database, a filter or an edition falls back on the whole list rather than on no page
    const addresses = filtered || asked ? [address, `v|${code}|${reader.lang}||0`] : [address];
    // a literal, not `...reader`: a spread followed by a dozen more fields cost this page a tenth of its time
    const { lang, chosen } = reader;
    return { lang, chosen, code, now, beacon, category, openNow, filtered, fromQr: query.qr === '1', asked, plainAddress, addresses };
  }

  /** The page as this instance already holds it, when it knows it is current: nothing asked of the database. */
  inMemory(visit: AccommodationVisit): CachedPage | undefined {
    const key = this.showcase.knownKeyOf(visit.code);
    return key && this.cache.get(pageCacheKey(visit.addresses[0], key, visit.now));
  }

  async render(visit: AccommodationVisit): Promise<CachedPage | undefined> {
    const { code, lang, now, asked, category, openNow } = visit;
    const key = await this.showcase.keyOf(code);
    if (!key) return undefined;
    const known = this.cache.get(pageCacheKey(visit.addresses[0], key, now));
    if (known) return known;
    const printed = asked ? await this.editions.printedOffers(key.territoryId, asked) : undefined;
    // an edition of another territory, or none, counts as no edition: its page is the plain one, cached once whatever number was typed
    const cacheKey = pageCacheKey(printed ? visit.addresses[0] : visit.plainAddress, key, now);
    return this.cache.orRender(cacheKey, async () => {
      const showcase = await this.showcase.forAccommodation(key, now);
      const offerIds = offerIdsOf(showcase.producers);
      const edition = printed ? { number: asked, note: editionNote(endedSince(printed, offerIds), lang) } : undefined;
      return {
        page: new EncodedPage(accommodationPage(showcase, lang, { category, openNow }, now, this.config.publicBaseUrl, edition)),
        offerIds,
        territoryId: key.territoryId,
        timeZone: key.timeZone,
        accommodationId: key.accommodationId,
        edition: edition?.number ?? 0,
      };
    });
  }

  /** An opening counts a scan of the accommodation, and a view of each offer shown unless the page is a filtered one. */
  counter(visit: AccommodationVisit): OpeningCount {
    return (page, day) => {
      if (page.accommodationId) {
        this.scans.count({
          accommodationId: page.accommodationId,
          territoryId: page.territoryId,
          day,
          lang: visit.lang,
          fromQr: visit.fromQr,
          edition: page.edition,
        });
      }
      if (!visit.filtered) this.views.shown(page.offerIds, page.territoryId, day);
    };
  }
}
