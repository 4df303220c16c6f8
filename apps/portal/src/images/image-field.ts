import type { PublicImage } from '#directory';
import { html, raw, type SafeHtml } from '#web';
import { csrfField, postForm } from '../layout/portal-layout.js';
import type { Visit } from '../visit.js';
import { IMAGES_MESSAGES } from './images.messages.js';

export interface ImageFieldOptions {
  /** The section's anchor, where the page comes back to after an upload. */
  id: string;
  /** The upload route; removal is `${action}/remove`. */
  action: string;
  label: string;
  hint: string;
  image?: PublicImage;
  /** Where to come back to: the page showing this field. */
  back: string;
  error?: string;
  notice?: string;
}

/** One image of a page: shown small, with its upload (or replace) form and its removal. */
export function imageField(visit: Visit, options: ImageFieldOptions): SafeHtml {
  const m = IMAGES_MESSAGES[visit.lang];
  const { id, image, error } = options;
  const back = html`<input type="hidden" name="back" value="${options.back}">`;
  return html`<section class="card" id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${options.label}</h2>
${options.notice ? html`<p role="status">${options.notice}</p>` : ''}
${
  image
    ? html`<p><img src="${image.url}" width="${image.width}" height="${image.height}" alt="${m.current(options.label)}" style="max-height:6rem;max-width:100%;width:auto;height:auto;border:1px solid #ddd;border-radius:.3rem;background:#fff"></p>`
    : html`<p class="hint">${m.none}</p>`
}
<form method="post" action="${options.action}" enctype="multipart/form-data" novalidate>${csrfField(visit)}${back}
<div class="field"><label for="${id}-file">${m.file}</label>
<p class="hint" id="${id}-hint">${options.hint}</p>
${error ? html`<p class="error" id="${id}-error" role="alert">${error}</p>` : ''}
<input type="file" id="${id}-file" name="image" accept="image/png,image/jpeg,image/webp" aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}" ${error ? raw('aria-invalid="true"') : ''}></div>
<button type="submit">${image ? m.replace : m.upload}</button></form>
${image ? postForm(visit, html`${back}<button type="submit" class="secondary">${m.remove}</button>`, { action: `${options.action}/remove` }) : ''}
</section>`;
}
