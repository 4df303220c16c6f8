import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig, type Language } from '#common';
import { SiteService } from '#directory';
import { negotiateLanguage, PAGE_SECURITY_HEADERS } from '#web';
import { faviconIco, iconSvg } from './assets/icons.js';
import { webManifest } from './assets/manifest.js';
import { robotsTxt } from './assets/sitemap.js';
import { plainNotFoundPage, territoriesPage } from './pages/territories.page.js';
import { brandColour } from './pages/site-layout.js';
import { canonicalBaseOf, siteOf, type Site } from './routes/site.js';
import { parsePath } from './routes/site-paths.js';
import { SitePages } from './site-pages.js';

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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** An address of the site's routes. */
  serve(request: FastifyRequest, reply: FastifyReply) {
    return this.route(request, reply, false);
  }

  /** An address nothing serves: the 404 page of the site the host or path names, else a plain one. */
  missing(request: FastifyRequest, reply: FastifyReply) {
    return this.route(request, reply, true);
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
    const answer = await this.pages.render(site, parsed.found, request.query as Record<string, unknown>, new Date());
    if ('moved' in answer) return this.redirect(reply, `${answer.moved}${query}`);
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
        return undefined;
    }
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

  private html(reply: FastifyReply, page: string, status: number) {
    return reply
      .status(status)
      .headers({ ...PAGE_SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', vary: 'Accept-Language' })
      .send(page);
  }

  private text(reply: FastifyReply, type: string, body: string) {
    return reply.headers({ 'content-type': `${type}; charset=utf-8`, 'cache-control': 'public, max-age=3600' }).send(body);
  }

  private file(reply: FastifyReply, type: string, body: string | Buffer) {
    return reply.headers({ 'content-type': type, 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff' }).send(body);
  }

  private redirect(reply: FastifyReply, to: string) {
    return reply.redirect(to, 301);
  }
}
