import type { Language } from '#common';
import type { SiteTerritory, TerritoryImages } from '#directory';
import { pathOf, type PageRef } from './site-paths.js';

/** The site a request is for, and where its pages are on this request. */
export interface Site {
  territory: SiteTerritory;
  /** Where its pages are served on this request: '' on its own host, '/s/{slug}' on any other. */
  base: string;
  /** Its one public address: its first domain (PUBLIC_BASE_URL's scheme and port), else PUBLIC_BASE_URL/s/{slug}. */
  canonicalBase: string;
  /** The languages of its pages: the territory's, French first. */
  languages: Language[];
  /** Its uploaded images and funders, read with the page that shows them. */
  images?: TerritoryImages;
}

export function siteOf(territory: SiteTerritory, base: string, publicBaseUrl: string): Site {
  return {
    territory,
    base,
    canonicalBase: canonicalBaseOf(territory, publicBaseUrl),
    languages: ['fr', ...(territory.languages as Language[]).filter((lang) => lang !== 'fr')],
  };
}

/** A territory with domains is at its first one, on PUBLIC_BASE_URL's scheme and port (`http://localhost:3000` in the demo). */
export function canonicalBaseOf(territory: Pick<SiteTerritory, 'domains' | 'slug'>, publicBaseUrl: string): string {
  if (territory.domains.length === 0) return `${publicBaseUrl}/s/${territory.slug}`;
  const url = new URL(publicBaseUrl);
  url.hostname = territory.domains[0];
  return url.origin;
}

/** A link inside the site as served on this request. */
export const linkTo = (site: Site, lang: Language, ref: PageRef) => `${site.base}${pathOf(lang, ref)}`;

/** The page's one address for search engines and sharing. */
export const canonicalOf = (site: Site, lang: Language, ref: PageRef) => `${site.canonicalBase}${pathOf(lang, ref)}`;
