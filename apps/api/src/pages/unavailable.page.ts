import type { Language } from '#common';
import { html } from '#web';
import { page } from './layout.js';
import { MESSAGES } from './messages.js';

/** While the database is away and this page was never shown before: a short word in the reader's language, never a 500. */
export function unavailablePage(lang: Language): string {
  const m = MESSAGES[lang];
  return page({
    lang,
    title: m.unavailableTitle,
    brand: null,
    script: false,
    body: html`<header class="top"><h1>${m.unavailableTitle}</h1></header>
<main><p>${m.unavailableText}</p></main>`,
  });
}
