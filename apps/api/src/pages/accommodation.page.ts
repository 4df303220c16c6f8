import type { Language } from '#common';
import { accommodationJsonLd, CATEGORIES, CATEGORY_LABELS, type Category, type Showcase } from '#directory';
import { dateTime, html, raw, type SafeHtml } from '#web';
import { languageLinks, page } from './layout.js';
import { MESSAGES } from './messages.js';
import { isOpen, producerCard } from './producer-card.js';

export interface Filters {
  category?: Category;
  openNow: boolean;
}

/** The printed edition the page was opened from (`?e=N`), kept by the filters, and its note on offers ended since. */
export interface FromEdition {
  number: number;
  note: SafeHtml | '';
}

/**
 * The accommodation's page: the offers shown today, nearest first. Filters work as a plain GET
 * form without JavaScript; with it, tourist.js filters in place without a reload.
 */
export function accommodationPage(showcase: Showcase, lang: Language, filters: Filters, now: Date, publicBaseUrl: string, edition?: FromEdition): string {
  const m = MESSAGES[lang];
  const { accommodation, territory, today } = showcase;
  const context = { lang, timeZone: territory.timeZone, today, now, from: accommodation.code, showDistance: true };
  const shown = showcase.producers.filter(
    (producer) => (!filters.category || producer.categories.includes(filters.category)) && (!filters.openNow || isOpen(producer, context) === true),
  );
  const present = new Set(showcase.producers.flatMap((producer) => producer.categories));
  const offerCount = shown.reduce((sum, producer) => sum + producer.offers.length, 0);
  return page({
    lang,
    title: `${accommodation.name} — ${territory.name}`,
    description: `${m.offeredBy} ${accommodation.name} · ${offerCount} ${m.offers} · ${territory.name}`,
    brand: territory.primaryColor,
    jsonLd: accommodationJsonLd(accommodation, { url: `${publicBaseUrl}/v/${accommodation.code}`, territoryName: territory.name }),
    offlineNote: m.offline,
    body: html`<header class="top">
<p class="territory">${territory.name}</p>
<h1>${accommodation.name}</h1>
<p class="lead">${m.offeredBy} ${accommodation.name} · <span id="count">${offerCount}</span> ${m.offers}</p>
${languageLinks(lang, territory.languages, `/v/${accommodation.code}`)}
</header>
<form class="filters" method="get" action="/v/${accommodation.code}">
<input type="hidden" name="lang" value="${lang}">
${edition ? html`<input type="hidden" name="e" value="${edition.number}">` : ''}
<label for="category" class="visually-hidden">${m.filter}</label>
<select id="category" name="category">
<option value="">${m.allCategories}</option>
${CATEGORIES.filter((c) => present.has(c)).map((c) => html`<option value="${c}" ${filters.category === c ? raw('selected') : ''}>${CATEGORY_LABELS[c][lang]}</option>`)}
</select>
<label><input type="checkbox" name="open" value="1" ${filters.openNow ? raw('checked') : ''}> ${m.openNow}</label>
<button type="submit">${m.filter}</button>
</form>
<main>
${edition?.note ?? ''}
<ol class="producers">${shown.map((producer) => producerCard(producer, context))}</ol>
<p class="empty" ${shown.length > 0 ? raw('hidden') : ''}>${m.noOffers}</p>
<p class="hint">${m.showPass}</p>
</main>
<footer>
<p class="updated">${m.updatedAt} <time datetime="${now.toISOString()}">${dateTime(now, territory.timeZone, lang)}</time></p>
</footer>`,
  });
}
