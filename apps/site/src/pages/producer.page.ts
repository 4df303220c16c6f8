import { translate, type Language } from '#common';
import {
  CATEGORY_LABELS,
  openingHoursInWords,
  openingStatus,
  phoneInLanguage,
  producerJsonLd,
  type ComingOffer,
  type ShowcaseProducer,
  telHref,
} from '#directory';
import { directionsLinks, html, openingLine, raw, translatedHtml, websiteForReaders } from '#web';
import { canonicalOf, linkTo, type Site } from '../routes/site.js';
import { shareCardPath } from '../routes/site-paths.js';
import { SITE_MESSAGES } from '../site.messages.js';
import { offerItem } from './offer-item.js';
import { producersMap } from './producers-map.js';
import { producerPhoto } from './site-images.js';
import { sitePage } from './site-layout.js';

export interface ProducerPageContent {
  producer: ShowcaseProducer;
  coming: ComingOffer[];
  /** Every producer of the territory, for the small map around this one. */
  neighbours: ShowcaseProducer[];
  today: string;
  /** The SVG of its QR code (made by the qrcode library: trusted markup). */
  qrSvg: string;
}

/** A producer's page: its offers valid today and coming, hours in words, contact, directions, a small map and its QR code. */
export function producerPage(site: Site, lang: Language, content: ProducerPageContent, now: Date): string {
  const m = SITE_MESSAGES[lang];
  const { producer, today } = content;
  const ref = { page: 'producer' as const, slug: producer.slug };
  const status = openingLine(openingStatus(producer.openingHours, site.territory.timeZone, now), lang);
  const place = `${producer.address}, ${producer.postcode} ${producer.commune}`;
  const here = { ...producer, href: linkTo(site, lang, ref) };
  const others = content.neighbours.filter((p) => p.id !== producer.id).map((p) => ({ ...p, href: linkTo(site, lang, { page: 'producer', slug: p.slug }) }));
  return sitePage({
    site,
    lang,
    ref,
    title: producer.name,
    description: m.producerDescription(producer.name, producer.commune),
    shareCard: shareCardPath(lang, producer.slug),
    jsonLd: producerJsonLd(producer, { url: canonicalOf(site, lang, ref), timeZone: site.territory.timeZone, territoryName: site.territory.name, now }),
    body: html`${producerPhoto(site, producer, lang)}<p class="meta">${producer.categories.map((category) => CATEGORY_LABELS[category][lang]).join(', ')}</p>
<p class="status ${status.open === true ? 'open' : status.open === false ? 'closed' : ''}">${status.text}</p>
${translate(producer.description as never, lang) ? html`<p class="description">${translatedHtml(producer.description as never, lang)}</p>` : ''}
${producer.visitConditions ? html`<p class="visit">${translatedHtml(producer.visitConditions, lang)}</p>` : ''}
<section><h2>${m.offersNow}</h2>${producer.offers.length > 0 ? html`<ul class="offers">${producer.offers.map((offer) => offerItem(offer, lang, today))}</ul>` : html`<p>${m.noOffer}</p>`}</section>
${content.coming.length > 0 ? html`<section><h2>${m.offersComing}</h2><ul class="offers">${content.coming.map((offer) => offerItem(offer, lang, today))}</ul></section>` : ''}
<section><h2>${m.contactTitle}</h2><dl class="facts">
${producer.openingHours || producer.hoursNote ? html`<dt>${m.hours}</dt><dd class="hours">${producer.openingHours ? openingHoursInWords(producer.openingHours, lang) : ''}${producer.openingHours && producer.hoursNote ? html`<br>` : ''}${producer.hoursNote ? html`<span class="hours-note">${producer.hoursNote}</span>` : ''}</dd>` : ''}
<dt>${m.address}</dt><dd>${place}</dd>
${producer.phone ? html`<dt>${m.phone}</dt><dd><a href="${telHref(producer.phone)}">${phoneInLanguage(producer.phone, lang)}</a></dd>` : ''}
${producer.website ? html`<dt>${m.website}</dt><dd><a href="${producer.website}" rel="noopener nofollow">${websiteForReaders(producer.website)}</a></dd>` : ''}
</dl>
<p class="actions">${directionsLinks(producer, m)}</p>
</section>
<section>${producersMap([...others, here], { label: m.mapLabel, north: m.north }, here)}</section>
<section class="qr"><h2>${m.qrTitle}</h2>${raw(content.qrSvg)}<p>${m.qrText}</p></section>`,
  });
}
