import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnreachable, type AppConfig, type Language } from '#common';
import { DatabaseOutage } from '#database';
import { SiteService } from '#directory';
import { clientHolds, EncodedPage, negotiateLanguage, PAGE_SECURITY_HEADERS, REVALIDATED, SHARED, sharedCacheControl } from '#web';
import { faviconIco, iconSvg } from './assets/icons.js';
import { webManifest } from './assets/manifest.js';
import { robotsTxt } from './assets/sitemap.js';
import { plainNotFoundPage, plainUnavailablePage, territoriesPage } from './pages/territories.page.js';
import { brandColour } from './pages/site-layout.js';
import { canonicalBaseOf, siteOf, type Site } from './routes/site.js';
import { parsePath, SHARE_CARD_PATH } from './routes/site-paths.js';
import { SiteAnswers } from './site-answers.js';
import { SitePages } from './site-pages.js';
import { SiteVisits } from './site-visits.js';

/** What a request asked for, as the last good page of which it may be served. */
const addressOf = (request: FastifyRequest) => `${request.hostname}${request.url}`;

/** A territory's site by path, on any host: `/s/{slug}/…`. */
const BY_SLUG = /^\/s\/([a-z0-9]+(?:-[a-z0-9]+)*)(\/.*)?$/;

/**
 * Which site a request is for, and its answer. On a host named in a territory's `domains`, `/` is
 * that territory's site; on any other, `/` lists the territories, whose sites are also at
 * `/s/{slug}/` (a territory with a domain redirects those there, so each page has one address).
 */
@Injectable()
export class SiteRouter {
  constructor(
    private readonly sites: SiteService,
    private readonly pages: SitePages,
    private readonly answers: SiteAnswers,
    private readonly outage: DatabaseOutage,
    private readonly visits: SiteVisits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** An address of the site's routes. */
  serve(request: FastifyRequest, reply: FastifyReply) {
    return this.answer(request, reply, false);
  }

  /** An address nothing serves: the 404 page of the site the host or path names, else a plain one. */
  missing(request: FastifyRequest, reply: FastifyReply) {
    return this.answer(request, reply, true);
  }

  /**
   * While the database is away, the address's last good page, else a page that says to come back
   * (503, Retry-After) — never the API's JSON. Once an outage is known, the last good page is sent
   * without trying the database, whose connection timeout no visitor should wait for.
   */
  private async answer(request: FastifyRequest, reply: FastifyReply, missing: boolean) {
    const address = addressOf(request);
    const known = this.outage.down ? this.answers.lastGood.get(address) : undefined;
    if (known) return this.html(reply, known, 200);
    try {
      return await this.route(request, reply, missing);
    } catch (error) {
      if (!isDatabaseUnreachable(error)) throw error;
      this.outage.unreachable(error);
      const lastGood = this.answers.lastGood.get(address);
      if (lastGood) return this.html(reply, lastGood, 200);
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      return this.html(reply, plainUnavailablePage(this.readerLanguage(request)), 503);
    }
  }

  /** The site and language of a join form's address, as posted; undefined when the address is none. */
  async joinFormOf(request: FastifyRequest): Promise<{ site: Site; lang: Language } | undefined> {
    const [path] = request.url.split('?');
    const bySlug = BY_SLUG.exec(path);
    const territory = bySlug ? await this.sites.territoryOfSlug(bySlug[1]) : await this.sites.territoryOfHost(request.hostname);
    if (!territory) return undefined;
    const site = siteOf(territory, bySlug ? `/s/${territory.slug}` : '', this.config.publicBaseUrl);
    const parsed = parsePath(bySlug ? (bySlug[2] ?? '/') : path);
    if (!('found' in parsed) || parsed.found.page !== 'join' || !site.languages.includes(parsed.found.lang)) return undefined;
    return { site, lang: parsed.found.lang };
  }

  private async route(request: FastifyRequest, reply: FastifyReply, missing: boolean) {
    const [path, search = ''] = request.url.split(/\?(.*)/s);
    const query = search ? `?${search}` : '';
    const bySlug = BY_SLUG.exec(path);
    let site: Site | undefined;
    let rest = path;
    if (bySlug) {
      const territory = await this.sites.territoryOfSlug(bySlug[1]);
      if (territory) {
        site = siteOf(territory, `/s/${territory.slug}`, this.config.publicBaseUrl);
        if (territory.domains.length > 0) return this.redirect(reply, `${site.canonicalBase}${bySlug[2] ?? '/'}${query}`);
        if (bySlug[2] === undefined) return this.redirect(reply, `${site.base}/${query}`);
        rest = bySlug[2];
      }
    } else {
      const territory = await this.sites.territoryOfHost(request.hostname);
      if (territory) site = siteOf(territory, '', this.config.publicBaseUrl);
    }
    if (!site) return missing ? this.html(reply, plainNotFoundPage(this.readerLanguage(request)), 404) : this.platform(request, reply, path);

    if (missing) return this.html(reply, this.pages.notFound(site, this.readerLanguage(request, site.languages)), 404);
    const asset = await this.asset(site, rest, reply);
    if (asset) return asset;
    const parsed = parsePath(rest);
    if ('redirect' in parsed) return this.redirect(reply, `${site.base}${parsed.redirect}${query}`);
    if ('unknown' in parsed || !site.languages.includes(parsed.found.lang)) {
      const named = 'unknown' in parsed ? parsed.unknown : parsed.found.lang;
      const lang = named && site.languages.includes(named) ? named : this.readerLanguage(request, site.languages);
      return this.html(reply, this.pages.notFound(site, lang), 404);
    }
    const now = new Date();
    const key = [site.territory.id, site.territory.contentVersion, Math.floor(now.getTime() / 60_000), site.base, rest, query].join('|');
    let answer = this.answers.rendered.get(key);
    if (!answer) {
      const rendered = await this.pages.render(site, parsed.found, request.query as Record<string, unknown>, now);
      answer = 'moved' in rendered ? rendered : { page: new EncodedPage(rendered.page), status: rendered.status };
      this.answers.rendered.set(key, answer);
    }
    if ('moved' in answer) return this.redirect(reply, `${answer.moved}${query}`);
    if (answer.status === 200) this.visits.served(request, site, parsed.found, now);
    return this.html(reply, answer.page, answer.status);
  }

  /** The files every site has: its sitemap, robots.txt (on its own host), icons and manifest. */
  private async asset(site: Site, rest: string, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const { territory } = site;
    const colours = [brandColour(territory.primaryColor), brandColour(territory.secondaryColor, '#e8b23a')] as const;
    switch (rest) {
      case '/sitemap.xml':
        return this.text(reply, 'application/xml', await this.pages.sitemap(site));
      case '/robots.txt':
        return site.base === '' ? this.text(reply, 'text/plain', robotsTxt([`${site.canonicalBase}/sitemap.xml`])) : undefined;
      case '/favicon.ico':
        return this.file(reply, 'image/x-icon', faviconIco(...colours));
      case '/icon.svg':
        return this.file(reply, 'image/svg+xml', iconSvg(...colours));
      case '/manifest.webmanifest':
        return this.file(reply, 'application/manifest+json', webManifest(site, site.languages[0]));
      default:
        return SHARE_CARD_PATH.test(rest) ? this.shareCard(site, rest, reply) : undefined;
    }
  }

  /** A share card, drawn once per content version; a 404 page for a language the site lacks or a producer it has not. */
  private async shareCard(site: Site, rest: string, reply: FastifyReply): Promise<FastifyReply> {
    const [, lang, slug] = SHARE_CARD_PATH.exec(rest) as unknown as [string, Language, string | undefined];
    const key = [site.territory.id, site.territory.contentVersion, lang, slug ?? ''].join('|');
    let png = this.answers.shareCards.get(key);
    if (!png && site.languages.includes(lang)) {
      png = await this.pages.shareCard(site, lang, slug, new Date());
      if (png) this.answers.shareCards.set(key, png);
    }
    if (!png) return this.html(reply, this.pages.notFound(site, site.languages.includes(lang) ? lang : 'fr'), 404);
    return this.file(reply, 'image/png', png);
  }

  /** A host that is no territory's: the list of territories, robots.txt naming their sitemaps, a plain icon, else a 404. */
  private async platform(request: FastifyRequest, reply: FastifyReply, path: string) {
    const lang = this.readerLanguage(request);
    switch (path) {
      case '/':
        return this.html(reply, territoriesPage(lang, await this.sites.territories()), 200);
      case '/robots.txt': {
        const sitemaps = (await this.sites.territories()).map((territory) => `${canonicalBaseOf(territory, this.config.publicBaseUrl)}/sitemap.xml`);
        return this.text(reply, 'text/plain', robotsTxt(sitemaps));
      }
      case '/favicon.ico':
        return this.file(reply, 'image/x-icon', faviconIco(brandColour(null), '#e8b23a'));
      case '/icon.svg':
        return this.file(reply, 'image/svg+xml', iconSvg(brandColour(null), '#e8b23a'));
      default:
        return this.html(reply, plainNotFoundPage(lang), 404);
    }
  }

  /** Where the address names no language: the reader's browser's, among those offered. */
  private readerLanguage(request: FastifyRequest, offered?: Language[]): Language {
    const { lang } = negotiateLanguage(undefined, undefined, request.headers['accept-language']);
    return !offered || offered.includes(lang) ? lang : 'fr';
  }

  /**
   * A page, compressed as the client accepts, with its entity tag: the browser revalidates each
   * time (no-cache: a producer's change shows at once) and gets a 304 without a body when it
   * holds the page already. A page served whole is kept as its address's last good one.
   */
  private html(reply: FastifyReply, content: string | EncodedPage, status: number) {
    const page = typeof content === 'string' ? new EncodedPage(content) : content;
    reply.headers({
      ...PAGE_SECURITY_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      // every visit reaches an instance, which counts it (a 304 when unchanged): see docs/instances.md
      'cache-control': REVALIDATED,
      vary: 'Accept-Language, Accept-Encoding',
    });
    if (status === 200) {
      this.answers.lastGood.set(addressOf(reply.request), page);
      return this.encoded(reply.header('etag', page.etag), page);
    }
    return this.encoded(reply.status(status), page);
  }

  private text(reply: FastifyReply, type: string, body: string) {
    reply.headers({ 'content-type': `${type}; charset=utf-8`, 'cache-control': sharedCacheControl(SHARED.asset), vary: 'Accept-Encoding' });
    return this.encoded(reply, new EncodedPage(body));
  }

  private encoded(reply: FastifyReply, page: EncodedPage) {
    const { headers } = reply.request;
    if (reply.statusCode === 200 && reply.hasHeader('etag') && clientHolds(headers['if-none-match'], page.etag)) return reply.status(304).send();
    const { body, encoding } = page.bodyFor(headers['accept-encoding']);
    if (encoding) reply.header('content-encoding', encoding);
    return reply.send(body);
  }

  private file(reply: FastifyReply, type: string, body: string | Buffer) {
    return reply.headers({ 'content-type': type, 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff' }).send(body);
  }

  private redirect(reply: FastifyReply, to: string) {
    return reply.redirect(to, 301);
  }
}
