import type { Language } from '#common';
import { html } from '#web';
import { linkTo, type Site } from '../routes/site.js';
import { SITE_MESSAGES } from '../site.messages.js';
import { sitePage } from './site-layout.js';

/** A 404 in the site's look and language, leading back home. */
export function siteNotFoundPage(site: Site, lang: Language): string {
  const m = SITE_MESSAGES[lang];
  return sitePage({
    site,
    lang,
    ref: { page: 'home' },
    missing: true,
    title: m.notFoundTitle,
    description: m.notFoundText,
    body: html`<p>${m.notFoundText}</p><p class="buttons"><a href="${linkTo(site, lang, { page: 'home' })}">${m.backHome}</a></p>`,
  });
}
