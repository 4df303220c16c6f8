import type { Language } from '#common';
import type { SiteListing } from '#directory';
import { html, TOURIST_STYLE, type SafeHtml } from '#web';
import { SITE_MESSAGES } from '../site.messages.js';

/** On a host that is no territory's: the territories, each leading to its site. */
export function territoriesPage(lang: Language, territories: SiteListing[]): string {
  const m = SITE_MESSAGES[lang];
  return plainPage(
    lang,
    m.territoriesTitle,
    html`<p>${m.territoriesLead}</p><ol class="producers">${territories.map(
      (territory) => html`<li class="producer"><h2><a href="/s/${territory.slug}/">${territory.name}</a></h2></li>`,
    )}</ol>`,
  );
}

/** A 404 on a host that is no territory's: the site's look, without a territory's colours. */
export function plainNotFoundPage(lang: Language): string {
  const m = SITE_MESSAGES[lang];
  return plainPage(lang, m.notFoundTitle, html`<p>${m.notFoundText}</p><p><a href="/">${m.backHome}</a></p>`, true);
}

/** While the database is away and this address was never served: a page, in the reader's language, that says to come back. */
export function plainUnavailablePage(lang: Language): string {
  const m = SITE_MESSAGES[lang];
  return plainPage(lang, m.unavailableTitle, html`<p>${m.unavailableText}</p>`, true);
}

function plainPage(lang: Language, title: string, body: SafeHtml, missing = false): string {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title>
${missing ? html`<meta name="robots" content="noindex">` : ''}
<link rel="icon" href="/icon.svg" type="image/svg+xml">
${TOURIST_STYLE}
</head>
<body>
<header class="top"><h1>${title}</h1></header>
<main>${body}</main>
</body>
</html>`.value;
}
