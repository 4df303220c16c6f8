import { defineMessages, type Language } from '#common';
import type { PublicImage } from '#directory';
import { html, raw, type SafeHtml } from '#web';
import type { Site } from '../routes/site.js';

const WORDS = defineMessages(
  'fr',
  { supportedBy: 'Avec le soutien de', photoOf: (name: string) => `Photo : ${name}` },
  {
    en: { supportedBy: 'With the support of', photoOf: (name: string) => `Photo: ${name}` },
    nl: { supportedBy: 'Met de steun van', photoOf: (name: string) => `Foto: ${name}` },
    de: { supportedBy: 'Mit Unterstützung von', photoOf: (name: string) => `Foto: ${name}` },
  },
);

/** The images' own look: sized by their attributes (no layout shift), shown at a size that suits each place. */
export const SITE_IMAGES_STYLE = raw(`<style>
.territory img.logo{height:2.6rem;width:auto;flex:none;background:#fff;border-radius:.3rem;padding:.15rem}
figure.photo{margin:0 0 1rem}figure.photo img{display:block;width:100%;height:auto;max-height:24rem;object-fit:cover;border-radius:.6rem}
.funders{margin:1rem 0 0;text-align:center}.funders p{margin:0 0 .4rem;color:var(--muted);font-size:.9rem}.funders ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;justify-content:center;align-items:center;gap:.6rem 1.4rem}
.funders img{height:3rem;width:auto;max-width:10rem;object-fit:contain}
</style>`);

/** `lazy`: below the fold (the funders in the footer); a page's own photo comes at once. */
const img = (image: PublicImage, alt: string, className: string, loading: 'lazy' | 'eager') =>
  html`<img class="${className}" src="${image.url}" width="${image.width}" height="${image.height}" alt="${alt}" loading="${loading}" decoding="async">`;

/** The territory's logo beside its name in the header: the name says it, so the logo says nothing more (empty alt). */
export function siteLogo(site: Site): SafeHtml | '' {
  const logo = site.images?.logo;
  return logo ? html`<img class="logo" src="${logo.url}" width="${logo.width}" height="${logo.height}" alt="">` : '';
}

/** The funders, in the territory's order, by their logo (named by its alt text) or by their name when they have none. */
export function fundersStrip(site: Site, lang: Language): SafeHtml | '' {
  const funders = site.images?.funders ?? [];
  if (funders.length === 0) return '';
  return html`<div class="funders"><p>${WORDS[lang].supportedBy}</p><ul>${funders.map(({ name, logo }) => html`<li>${logo ? img(logo, name, 'funder', 'lazy') : name}</li>`)}</ul></div>`;
}

/** A producer's photo at the top of its page, when it has one. */
export function producerPhoto(site: Site, producer: { id: string; name: string }, lang: Language): SafeHtml | '' {
  const photo = site.images?.producerPhotos.get(producer.id);
  return photo ? html`<figure class="photo">${img(photo, WORDS[lang].photoOf(producer.name), 'photo', 'eager')}</figure>` : '';
}
