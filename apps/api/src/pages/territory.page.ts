import type { Language } from '#common';
import type { ShowcaseProducer, ShowcaseTerritory } from '#directory';
import { html } from '#web';
import { languageLinks, page } from './layout.js';
import { MESSAGES } from './messages.js';
import { producerCard } from './producer-card.js';

/** A territory's public page: all its producers with offers today, by name. */
export function territoryPage(
  territory: ShowcaseTerritory & { code: string },
  producers: ShowcaseProducer[],
  today: string,
  lang: Language,
  now: Date,
): string {
  const m = MESSAGES[lang];
  return page({
    lang,
    title: territory.name,
    description: `${territory.name} · ${producers.reduce((n, p) => n + p.offers.length, 0)} ${m.offers}`,
    brand: territory.primaryColor,
    offlineNote: m.offline,
    body: html`<header class="top">
<h1>${territory.name}</h1>
<p class="lead">${producers.reduce((n, p) => n + p.offers.length, 0)} ${m.offers}</p>
${languageLinks(lang, territory.languages, `/t/${territory.code}`)}
</header>
<main>
<ol class="producers">${[...producers].sort((a, b) => a.name.localeCompare(b.name, lang)).map((p) => producerCard(p, { lang, timeZone: territory.timeZone, today, now, showDistance: false }))}</ol>
${territory.contactEmail || territory.contactPhone ? html`<p class="contact">${m.contact}: ${territory.contactEmail ?? ''} ${territory.contactPhone ?? ''}</p>` : ''}
</main>`,
  });
}
