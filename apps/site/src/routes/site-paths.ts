import type { Language } from '#common';

/** The pages of a territory's site, each with an address per language. */
export const SITE_PAGES = ['home', 'producers', 'producer', 'offers', 'accommodations', 'legal', 'privacy', 'contact', 'join', 'joined'] as const;
export type SitePage = (typeof SITE_PAGES)[number];

/** A page of the site: a kind, and the producer's slug for a producer's page. */
export interface PageRef {
  page: SitePage;
  slug?: string;
}

/** Readable words in each language: `/producteurs/…`, `/en/producers/…`, `/nl/producenten/…`, `/de/erzeuger/…`. */
const SEGMENTS: Record<Language, Record<Exclude<SitePage, 'home' | 'producer' | 'joined'>, string>> = {
  fr: {
    producers: 'producteurs',
    offers: 'bons-plans',
    accommodations: 'hebergements',
    legal: 'mentions-legales',
    privacy: 'confidentialite',
    contact: 'contact',
    join: 'rejoindre',
  },
  en: {
    producers: 'producers',
    offers: 'offers',
    accommodations: 'accommodations',
    legal: 'legal-notice',
    privacy: 'privacy',
    contact: 'contact',
    join: 'join',
  },
  nl: {
    producers: 'producenten',
    offers: 'aanbiedingen',
    accommodations: 'accommodaties',
    legal: 'colofon',
    privacy: 'privacy',
    contact: 'contact',
    join: 'aanmelden',
  },
  de: {
    producers: 'erzeuger',
    offers: 'angebote',
    accommodations: 'unterkuenfte',
    legal: 'impressum',
    privacy: 'datenschutz',
    contact: 'kontakt',
    join: 'mitmachen',
  },
};

/** The join form's thank-you page, under the form's own address: `/rejoindre/merci`, `/en/join/thanks`. */
const THANKS: Record<Language, string> = { fr: 'merci', en: 'thanks', nl: 'bedankt', de: 'danke' };

/** French is the site's own language, at the root; the others under their prefix. */
const PREFIXES: Record<Language, string> = { fr: '', en: '/en', nl: '/nl', de: '/de' };

/** The address of a page inside a site (after its base): `/`, `/en/`, `/producteurs/la-chevrerie`. */
export function pathOf(lang: Language, ref: PageRef): string {
  const prefix = PREFIXES[lang];
  if (ref.page === 'home') return `${prefix}/`;
  if (ref.page === 'producer') return `${prefix}/${SEGMENTS[lang].producers}/${encodeURIComponent(ref.slug ?? '')}`;
  if (ref.page === 'joined') return `${prefix}/${SEGMENTS[lang].join}/${THANKS[lang]}`;
  return `${prefix}/${SEGMENTS[lang][ref.page]}`;
}

/** `unknown` keeps the language its prefix names, for the 404 page. */
export type ParsedPath = { found: PageRef & { lang: Language } } | { redirect: string } | { unknown: Language | undefined };

/** The page an address inside a site names; `/en` is `/en/`'s address without its slash (redirected). */
export function parsePath(path: string): ParsedPath {
  const segments = path.split('/').slice(1);
  let lang: Language = 'fr';
  const prefixed = (Object.keys(PREFIXES) as Language[]).find((candidate) => candidate !== 'fr' && segments[0] === candidate);
  if (prefixed) {
    lang = prefixed;
    segments.shift();
    if (segments.length === 0) return { redirect: `${PREFIXES[lang]}/` };
  }
  if (segments.length === 1 && segments[0] === '') return { found: { lang, page: 'home' } };
  const page = (Object.keys(SEGMENTS[lang]) as (keyof (typeof SEGMENTS)['fr'])[]).find((kind) => SEGMENTS[lang][kind] === segments[0]);
  if (!page) return { unknown: prefixed };
  if (segments.length === 1) return { found: { lang, page } };
  if (segments.length === 2 && page === 'producers' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(segments[1]))
    return { found: { lang, page: 'producer', slug: segments[1] } };
  if (segments.length === 2 && page === 'join' && segments[1] === THANKS[lang]) return { found: { lang, page: 'joined' } };
  return { unknown: prefixed };
}

/**
 * The addresses the site's routes are registered under. Listed rather than caught by one `/*`, so
 * that the router still tells the API's own errors (a path segment too long is a 414); any other
 * unknown address reaches the site's 404 page through the global exception filter.
 */
/** Where a page's share card is, inside its site: the territory's for every page, a producer's for its own. */
export const shareCardPath = (lang: Language, slug?: string) => `/og/${lang}${slug ? `/${slug}` : ''}.png`;

/** `/og/{lang}.png`, `/og/{lang}/{slug}.png`. */
export const SHARE_CARD_PATH = /^\/og\/(fr|en|nl|de)(?:\/([a-z0-9]+(?:-[a-z0-9]+)*))?\.png$/;

export const SITE_ROUTES = [
  '/',
  '/sitemap.xml',
  '/robots.txt',
  '/favicon.ico',
  '/icon.svg',
  '/manifest.webmanifest',
  '/og/*',
  '/s/*',
  ...(['en', 'nl', 'de'] as const).flatMap((lang) => [`/${lang}`, `/${lang}/*`]),
  ...Object.values(SEGMENTS.fr).flatMap((segment) => [`/${segment}`, `/${segment}/*`]),
];

/**
 * Where the join form is posted: its own address in each language, on the territory's host or under
 * `/s/{slug}` (one route per address, as for the pages: no catch-all that would take the API's refusals).
 */
export const JOIN_ROUTES = (['fr', 'en', 'nl', 'de'] as const).flatMap((lang) => {
  const path = pathOf(lang, { page: 'join' });
  return [path, `/s/:slug${path}`];
});
