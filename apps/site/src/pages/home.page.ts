import type { Language } from '#common';
import { CATEGORIES, CATEGORY_LABELS, type SiteCatalogue } from '#directory';
import { html } from '#web';
import { linkTo, type Site } from '../routes/site.js';
import { JOIN_MESSAGES } from '../join/join.messages.js';
import { SITE_MESSAGES } from '../site.messages.js';
import { producersMap } from './producers-map.js';
import { sitePage } from './site-layout.js';

/** What the association offers: this season's count, the categories, the producers on a map, how it works for each. */
export function homePage(site: Site, lang: Language, catalogue: SiteCatalogue): string {
  const m = SITE_MESSAGES[lang];
  const producerLink = (slug: string) => linkTo(site, lang, { page: 'producer', slug });
  const seasonCount = catalogue.producers.reduce((sum, producer) => sum + producer.offers.length, 0) + catalogue.coming.length;
  const categories = CATEGORIES.map((category) => ({ category, count: catalogue.producers.filter((p) => p.categories.includes(category)).length })).filter(
    (entry) => entry.count > 0,
  );
  const producers = linkTo(site, lang, { page: 'producers' });
  const join = linkTo(site, lang, { page: 'join' });
  return sitePage({
    site,
    lang,
    ref: { page: 'home' },
    title: site.territory.name,
    description: `${m.homeLead} ${m.offersThisSeason(seasonCount)}.`,
    body: html`<p>${m.homeLead}</p>
<p class="count">${m.offersThisSeason(seasonCount)} · ${m.producerCount(catalogue.producers.length)}</p>
<p class="buttons"><a href="${producers}">${m.seeProducers}</a><a href="${linkTo(site, lang, { page: 'offers' })}">${m.seeOffers}</a></p>
${categories.length > 0 ? html`<section><h2>${m.categoriesTitle}</h2><ul class="chips">${categories.map(({ category, count }) => html`<li><a href="${producers}?category=${category}">${CATEGORY_LABELS[category][lang]} (${count})</a></li>`)}</ul></section>` : ''}
${
  catalogue.producers.length > 0
    ? html`<section><h2>${m.mapTitle}</h2>${producersMap(
        catalogue.producers.map((p) => ({ ...p, href: producerLink(p.slug) })),
        { label: m.mapLabel, north: m.north },
      )}</section>`
    : ''
}
<section><h2>${m.howTitle}</h2><div class="how">
<article><h3>${m.forTourists}</h3><p>${m.forTouristsText}</p></article>
<article><h3>${m.forProducers}</h3><p>${m.forProducersText}</p><p><a href="${join}">${JOIN_MESSAGES[lang].joinLink}</a></p></article>
<article><h3>${m.forHosts}</h3><p>${m.forHostsText}</p><p><a href="${join}">${JOIN_MESSAGES[lang].joinLink}</a></p></article>
</div></section>`,
  });
}
