import type { Language } from '#common';
import type { SiteCatalogue } from '#directory';
import { html } from '#web';
import { linkTo, type Site } from '../routes/site.js';
import { SITE_MESSAGES } from '../site.messages.js';
import { offerItem } from './offer-item.js';
import { sitePage } from './site-layout.js';

/** The offers of the season: those valid today, then those coming, each with its producer. */
export function offersPage(site: Site, lang: Language, catalogue: SiteCatalogue): string {
  const m = SITE_MESSAGES[lang];
  const byId = new Map(catalogue.producers.map((producer) => [producer.id, producer]));
  const by = (producerId: string) => {
    const producer = byId.get(producerId);
    return producer && { name: producer.name, href: linkTo(site, lang, { page: 'producer', slug: producer.slug }) };
  };
  const now = catalogue.producers.flatMap((producer) => producer.offers.map((offer) => ({ offer, producerId: producer.id })));
  return sitePage({
    site,
    lang,
    ref: { page: 'offers' },
    title: m.offersTitle,
    description: `${m.offersLead} ${m.offersThisSeason(now.length + catalogue.coming.length)}.`,
    body: html`<p>${m.offersLead}</p>
<section><h2>${m.offersNow}</h2>${now.length > 0 ? html`<ul class="offers">${now.map(({ offer, producerId }) => offerItem(offer, lang, catalogue.today, by(producerId)))}</ul>` : html`<p>${m.noOffer}</p>`}</section>
${catalogue.coming.length > 0 ? html`<section><h2>${m.offersComing}</h2><ul class="offers">${catalogue.coming.map((offer) => offerItem(offer, lang, catalogue.today, by(offer.producerId)))}</ul></section>` : ''}`,
  });
}
