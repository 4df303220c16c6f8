import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type Language } from '#common';
import { CATEGORIES, ImagesService, openingStatus, SiteService, type Category } from '#directory';
import { publicLinks, qrSvg, shareCardPng } from '#printing';
import { sitemapXml } from './assets/sitemap.js';
import { joinedPage, joinPage } from './join/join.page.js';
import { accommodationsPage } from './pages/accommodations.page.js';
import { homePage } from './pages/home.page.js';
import { contactPage, legalPage, privacyPage } from './pages/information.pages.js';
import { siteNotFoundPage } from './pages/not-found.page.js';
import { offersPage } from './pages/offers.page.js';
import { producerPage } from './pages/producer.page.js';
import { producersPage, type ProducersChoice } from './pages/producers.page.js';
import { producerCard, territoryCard } from './pages/share-cards.js';
import { linkTo, type Site } from './routes/site.js';
import type { PageRef } from './routes/site-paths.js';

export type SiteAnswer = { page: string; status: number } | { moved: string };

const text = (value: unknown, max: number) => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined);

/** What each page of a site reads, and its rendering. */
@Injectable()
export class SitePages {
  constructor(
    private readonly sites: SiteService,
    private readonly images: ImagesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async render(plain: Site, found: PageRef & { lang: Language }, query: Record<string, unknown>, now: Date): Promise<SiteAnswer> {
    // the logo in the header and the funders in the footer of every page: one small query, cached with the page
    const site: Site = { ...plain, images: await this.images.ofTerritory(plain.territory.id) };
    const { lang } = found;
    const { territory } = site;
    const ok = (page: string) => ({ page, status: 200 });
    switch (found.page) {
      case 'home':
        return ok(homePage(site, lang, await this.sites.catalogue(territory, now)));
      case 'producers':
        return ok(await this.producers(site, lang, query, now));
      case 'producer':
        return this.producer(site, lang, found.slug ?? '', now);
      case 'offers':
        return ok(offersPage(site, lang, await this.sites.catalogue(territory, now)));
      case 'accommodations':
        return ok(accommodationsPage(site, lang, await this.sites.listedAccommodations(territory.id)));
      case 'legal':
        return ok(legalPage(site, lang));
      case 'privacy':
        return ok(privacyPage(site, lang));
      case 'contact':
        return ok(contactPage(site, lang));
      case 'join':
        return ok(joinPage(site, lang, { values: {}, errors: {} }));
      case 'joined':
        return ok(joinedPage(site, lang));
    }
  }

  /** The PNG a shared link shows: the territory's card, or a producer's; undefined for a slug that is no producer's now. */
  async shareCard(site: Site, lang: Language, slug: string | undefined, now: Date): Promise<Buffer | undefined> {
    const catalogue = await this.sites.catalogue(site.territory, now);
    const card = slug ? producerCard(site, lang, catalogue, slug) : territoryCard(site, lang, catalogue);
    return card && shareCardPng(card);
  }

  notFound(site: Site, lang: Language): string {
    return siteNotFoundPage(site, lang);
  }

  async sitemap(site: Site): Promise<string> {
    const [catalogue, changes] = await Promise.all([this.sites.catalogue(site.territory), this.sites.changes(site.territory.id)]);
    return sitemapXml(site, catalogue.producers, changes);
  }

  /** Filters read leniently from the address (a shared link with other parameters still works): what is not a filter is ignored. */
  private async producers(site: Site, lang: Language, query: Record<string, unknown>, now: Date): Promise<string> {
    const choice: ProducersChoice = {
      category: CATEGORIES.includes(query.category as Category) ? (query.category as Category) : undefined,
      commune: text(query.commune, 80),
      q: text(query.q, 100),
      openNow: query.open === '1',
    };
    const catalogue = await this.sites.catalogue(site.territory, now);
    let shown = catalogue.producers;
    if (choice.category || choice.commune || choice.q) {
      const matching = await this.sites.producerIdsMatching(site.territory.id, choice);
      shown = shown.filter((producer) => matching.has(producer.id));
    }
    if (choice.openNow) {
      shown = shown.filter((producer) => {
        const status = openingStatus(producer.openingHours, site.territory.timeZone, now);
        return 'open' in status && status.open;
      });
    }
    return producersPage(site, lang, catalogue.producers, shown, choice, now);
  }

  /** A producer by its slug; by a former one, a permanent redirection to its page now. */
  private async producer(site: Site, lang: Language, slug: string, now: Date): Promise<SiteAnswer> {
    const found = await this.sites.producerOfSlug(site.territory.id, slug);
    if (!found) return { page: this.notFound(site, lang), status: 404 };
    if (found.former) return { moved: linkTo(site, lang, { page: 'producer', slug: found.slug }) };
    const catalogue = await this.sites.catalogue(site.territory, now);
    const producer = catalogue.producers.find((candidate) => candidate.id === found.id);
    if (!producer) return { page: this.notFound(site, lang), status: 404 };
    const qr = await qrSvg(publicLinks.producer(this.config.publicBaseUrl, producer.code), { size: 144, margin: 4 });
    const coming = catalogue.coming.filter((offer) => offer.producerId === producer.id);
    return { page: producerPage(site, lang, { producer, coming, neighbours: catalogue.producers, today: catalogue.today, qrSvg: qr }, now), status: 200 };
  }
}
