import type { Language } from '#common';
import type { ListedAccommodation } from '#directory';
import { html } from '#web';
import type { Site } from '../routes/site.js';
import { SITE_MESSAGES } from '../site.messages.js';
import { sitePage } from './site-layout.js';

/** The partner accommodations whose hosts agreed to be listed: their name, commune and website, nothing more. */
export function accommodationsPage(site: Site, lang: Language, accommodations: ListedAccommodation[]): string {
  const m = SITE_MESSAGES[lang];
  return sitePage({
    site,
    lang,
    ref: { page: 'accommodations' },
    title: m.accommodationsTitle,
    description: m.accommodationsLead,
    body: html`<p>${m.accommodationsLead}</p>
${accommodations.length === 0 ? html`<p class="empty">${m.noAccommodation}</p>` : ''}
<ol class="producers">${accommodations.map(
      (
        accommodation,
      ) => html`<li class="producer accommodation"><h2>${accommodation.website ? html`<a href="${accommodation.website}" rel="noopener nofollow">${accommodation.name}</a>` : accommodation.name}</h2>
<p class="meta">${accommodation.commune}</p></li>`,
    )}</ol>`,
  });
}
