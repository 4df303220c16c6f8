import { translate, type Language } from '#common';
import { openingHoursInWords, producerJsonLd, type PublicImage, type ShowcaseProducer, type ShowcaseTerritory } from '#directory';
import { dateTime, html, translatedHtml, websiteForReaders } from '#web';
import { languageLinks, page } from './layout.js';
import { MESSAGES } from './messages.js';
import { producerCard } from './producer-card.js';

/** A producer's own page: description, visit conditions, address, opening hours and its offers. */
export function producerPage(
  producer: ShowcaseProducer,
  territory: ShowcaseTerritory,
  today: string,
  lang: Language,
  now: Date,
  publicBaseUrl: string,
  from?: string,
  photo?: PublicImage,
): string {
  const m = MESSAGES[lang];
  const path = `/f/${producer.code}${from ? `?from=${from}` : ''}`;
  return page({
    lang,
    title: `${producer.name} — ${territory.name}`,
    description: translate(producer.description as never, lang) || `${producer.name}, ${producer.commune} · ${territory.name}`,
    brand: territory.primaryColor,
    jsonLd: producerJsonLd(producer, { url: `${publicBaseUrl}/f/${producer.code}`, timeZone: territory.timeZone, territoryName: territory.name, now }),
    offlineNote: m.offline,
    body: html`<header class="top">
<p class="territory">${territory.name}</p>
<h1>${producer.name}</h1>
<p class="lead">${producer.address}, ${producer.postcode} ${producer.commune}</p>
${languageLinks(lang, territory.languages, path)}
</header>
<main>
${from ? html`<p><a href="/v/${from}">← ${m.back}</a></p>` : ''}
${photo ? html`<p><img src="${photo.url}" width="${photo.width}" height="${photo.height}" alt="${m.photoOf(producer.name)}" style="display:block;width:100%;height:auto;max-height:20rem;object-fit:cover;border-radius:.5rem"></p>` : ''}
${translate(producer.description as never, lang) ? html`<p class="description">${translatedHtml(producer.description as never, lang)}</p>` : ''}
${producer.visitConditions ? html`<p class="visit">${translatedHtml(producer.visitConditions, lang)}</p>` : ''}
${
  producer.openingHours || producer.hoursNote
    ? html`<section class="hours" aria-labelledby="hours-title"><h2 id="hours-title">${m.hours}</h2>
${producer.openingHours ? html`<p>${openingHoursInWords(producer.openingHours, lang)}</p>` : ''}
${producer.hoursNote ? html`<p class="hours-note">${producer.hoursNote}</p>` : ''}</section>`
    : ''
}
${producer.website ? html`<p><a href="${producer.website}" rel="noopener nofollow">${websiteForReaders(producer.website)}</a></p>` : ''}
<ol class="producers">${producerCard(producer, { lang, timeZone: territory.timeZone, today, now, from, showDistance: false })}</ol>
</main>
<footer><p class="updated">${m.updatedAt} <time datetime="${now.toISOString()}">${dateTime(now, territory.timeZone, lang)}</time></p></footer>`,
  });
}
