import { joined, type Language } from '#common';
import { CATEGORY_LABELS, openingStatus, type ShowcaseProducer } from '#directory';
import { html, openingLine, type SafeHtml } from '#web';
import { SITE_MESSAGES } from '../site.messages.js';

/** A producer in a list: name (to its page), commune and categories, open or not, its offers today. */
export function producerItem(producer: ShowcaseProducer, href: string, lang: Language, timeZone: string, now: Date): SafeHtml {
  const status = openingLine(openingStatus(producer.openingHours, timeZone, now), lang);
  const categories = producer.categories.map((category) => CATEGORY_LABELS[category][lang]).join(', ');
  return html`<li class="producer"><article>
<h2><a href="${href}">${producer.name}</a></h2>
<p class="meta">${joined([producer.commune, categories])}</p>
<p class="status ${status.open === true ? 'open' : status.open === false ? 'closed' : ''}">${status.text}</p>
<p class="meta">${SITE_MESSAGES[lang].offerCount(producer.offers.length)}</p>
</article></li>`;
}
