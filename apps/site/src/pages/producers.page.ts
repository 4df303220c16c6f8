import type { Language } from '#common';
import { CATEGORIES, CATEGORY_LABELS, type Category, type ShowcaseProducer } from '#directory';
import { html, raw } from '#web';
import { linkTo, type Site } from '../routes/site.js';
import { SITE_MESSAGES } from '../site.messages.js';
import { producerItem } from './producer-item.js';
import { sitePage } from './site-layout.js';

export interface ProducersChoice {
  category?: Category;
  commune?: string;
  openNow: boolean;
  q?: string;
}

/** Every producer, narrowed by category, commune, "open now" and words: a plain GET form, no script needed. */
export function producersPage(site: Site, lang: Language, all: ShowcaseProducer[], shown: ShowcaseProducer[], choice: ProducersChoice, now: Date): string {
  const m = SITE_MESSAGES[lang];
  const communes = [...new Set(all.map((producer) => producer.commune))].sort((a, b) => a.localeCompare(b, lang));
  const categories = CATEGORIES.filter((category) => all.some((producer) => producer.categories.includes(category)));
  const selected = (yes: boolean) => (yes ? raw(' selected') : '');
  return sitePage({
    site,
    lang,
    ref: { page: 'producers' },
    title: m.producersTitle,
    description: `${m.producersLead} ${m.producerCount(all.length)}.`,
    body: html`<p>${m.producersLead}</p>
<form class="search" method="get" action="${linkTo(site, lang, { page: 'producers' })}" role="search">
<label>${m.words}<input type="search" name="q" value="${choice.q ?? ''}" maxlength="100"></label>
<label>${m.category}<select name="category"><option value="">${m.allCategories}</option>${categories.map(
      (category) => html`<option value="${category}"${selected(choice.category === category)}>${CATEGORY_LABELS[category][lang]}</option>`,
    )}</select></label>
<label>${m.commune}<select name="commune"><option value="">${m.allCommunes}</option>${communes.map(
      (commune) => html`<option${selected(choice.commune === commune)}>${commune}</option>`,
    )}</select></label>
<label class="check"><input type="checkbox" name="open" value="1"${choice.openNow ? raw(' checked') : ''}> ${m.openNow}</label>
<p class="buttons"><button type="submit">${m.apply}</button></p>
</form>
<p class="meta" role="status">${m.shown(shown.length)}</p>
${shown.length === 0 ? html`<p class="empty">${m.noProducer}</p>` : ''}
<ol class="producers">${shown.map((producer) =>
      producerItem(producer, linkTo(site, lang, { page: 'producer', slug: producer.slug }), lang, site.territory.timeZone, now),
    )}</ol>`,
  });
}
