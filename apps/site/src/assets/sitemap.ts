import type { SiteChanges, ShowcaseProducer } from '#directory';
import { escapeHtml } from '#web';
import { canonicalOf, type Site } from '../routes/site.js';
import type { PageRef, SitePage } from '../routes/site-paths.js';

const LISTED: SitePage[] = ['home', 'producers', 'offers', 'accommodations', 'join', 'contact', 'legal', 'privacy'];

/**
 * Every public page once per language, at its canonical address, with its translations as
 * alternates and when it last changed (a producer's page: the producer or its offers; any
 * other: anything of the territory).
 */
export function sitemapXml(site: Site, producers: ShowcaseProducer[], changes: SiteChanges): string {
  const pages: { ref: PageRef; changed: Date }[] = [
    ...LISTED.map((page) => ({ ref: { page }, changed: changes.site })),
    ...producers.map((producer) => ({ ref: { page: 'producer' as const, slug: producer.slug }, changed: changes.producers.get(producer.id) ?? changes.site })),
  ];
  const urls = pages.flatMap(({ ref, changed }) => {
    const alternates = site.languages
      .map((lang) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeHtml(canonicalOf(site, lang, ref))}"/>`)
      .join('');
    return site.languages.map(
      (lang) => `<url><loc>${escapeHtml(canonicalOf(site, lang, ref))}</loc><lastmod>${changed.toISOString()}</lastmod>${alternates}</url>`,
    );
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}

/** Pass pages and member pages are nobody's business but their holders'; the sitemaps say the rest. */
export function robotsTxt(sitemaps: string[]): string {
  return ['User-agent: *', 'Disallow: /p/', 'Disallow: /app/', 'Disallow: /api/', '', ...sitemaps.map((url) => `Sitemap: ${url}`), ''].join('\n');
}
