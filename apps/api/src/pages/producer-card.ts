import { joined, type Language } from '#common';
import { CATEGORY_LABELS, openingStatus, phoneInLanguage, telHref, type ShowcaseProducer } from '#directory';
import { directionsLinks, distance, offerValue, openingLine, translatedHtml, validity, html, type SafeHtml } from '#web';
import { MESSAGES } from './messages.js';

export interface CardContext {
  lang: Language;
  timeZone: string;
  today: string;
  now: Date;
  /** The accommodation code to come back to from the producer's page. */
  from?: string;
  showDistance: boolean;
}

export function isOpen(producer: ShowcaseProducer, context: Pick<CardContext, 'timeZone' | 'now'>): boolean | undefined {
  const status = openingStatus(producer.openingHours, context.timeZone, context.now);
  return 'unknown' in status ? undefined : status.open;
}

/** One producer with its offers, phone, directions and opening status. */
export function producerCard(producer: ShowcaseProducer, context: CardContext): SafeHtml {
  const m = MESSAGES[context.lang];
  const status = openingLine(openingStatus(producer.openingHours, context.timeZone, context.now), context.lang);
  const categories = producer.categories.map((c) => CATEGORY_LABELS[c][context.lang]).join(', ');
  const detail = `/f/${producer.code}${context.from ? `?from=${context.from}` : ''}`;
  return html`<li class="producer" data-categories="${producer.categories.join(' ')}" data-open="${status.open === true ? '1' : '0'}" data-distance="${producer.distanceKm}">
<article>
<h2><a href="${detail}">${producer.name}</a></h2>
<p class="meta">${context.showDistance ? html`<span class="distance">${distance(producer.distanceKm, context.lang)}</span>${producer.commune || categories ? ' · ' : ''}` : ''}${joined([producer.commune, categories])}</p>
<p class="status ${status.open === true ? 'open' : status.open === false ? 'closed' : ''}">${status.text}</p>
<ul class="offers">${producer.offers.map(
    (offer) =>
      html`<li class="offer"><strong class="value">${offerValue(offer, context.lang)}</strong> — <span class="title">${translatedHtml(offer.title, context.lang)}</span>
${offer.conditions ? html`<p class="conditions">${translatedHtml(offer.conditions, context.lang)}</p>` : ''}
<p class="validity">${[validity(offer, context.today, context.lang), m.usesPerPass(offer.usesPerPass)].filter(Boolean).join(' · ')}</p></li>`,
  )}</ul>
<p class="actions">${producer.phone ? html`<a href="${telHref(producer.phone)}">${m.call} ${phoneInLanguage(producer.phone, context.lang)}</a>` : ''}${directionsLinks(producer, m)}</p>
</article>
</li>`;
}
