import type { Language } from '#common';
import { jsonLdScriptContent } from '#directory';
import { html, raw, TOURIST_STYLE, type SafeHtml } from '#web';
import { MESSAGES } from './messages.js';

/** `jsonLd`: schema.org data about the page's subject, for search engines and tourism information systems. */
export function page(options: {
  lang: Language;
  title: string;
  /** What a search result or a shared link says of the page, in a sentence. */
  description?: string;
  brand: string | null;
  body: SafeHtml;
  script?: boolean;
  jsonLd?: Record<string, unknown>;
  /** Shown by tourist.js while the phone is offline; first in the page, where it is seen without scrolling. */
  offlineNote?: string;
}): string {
  const brand = options.brand && /^#[0-9a-fA-F]{6}$/.test(options.brand) ? options.brand : '#2f6b3a';
  return html`<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light">
<title>${options.title}</title>
${options.description ? html`<meta name="description" content="${options.description.slice(0, 300)}">` : ''}
${TOURIST_STYLE}
<style>:root{--brand:${brand}}</style>
${options.jsonLd ? raw(`<script type="application/ld+json">${jsonLdScriptContent(options.jsonLd)}</script>`) : ''}
</head>
<body>
${options.offlineNote ? html`<p class="note offline-note" role="status" hidden>${options.offlineNote}</p>` : ''}
${options.body}
${options.script === false ? '' : raw('<script src="/assets/tourist.js" defer></script>')}
</body>
</html>`.value;
}

/** Links to the same page in every language of the territory. */
export function languageLinks(current: Language, languages: string[], path: string): SafeHtml {
  return html`<nav class="langs" aria-label="${MESSAGES[current].language}">${languages.map(
    (lang) =>
      html`<a href="${path}${path.includes('?') ? '&' : '?'}lang=${lang}" hreflang="${lang}" lang="${lang}" ${lang === current ? raw('aria-current="true"') : ''}>${lang.toUpperCase()}</a>`,
  )}</nav>`;
}
