import type { Language } from '#common';
import { html } from '#web';
import { page } from './layout.js';
import { MESSAGES } from './messages.js';

/** A friendly 404 in the reader's language: a mistyped or retired code, never a stack trace. */
export function notFoundPage(lang: Language): string {
  const m = MESSAGES[lang];
  return page({
    lang,
    title: m.notFoundTitle,
    brand: null,
    script: false,
    body: html`<header class="top"><h1>${m.notFoundTitle}</h1></header>
<main><p>${m.notFoundText}</p></main>`,
  });
}
