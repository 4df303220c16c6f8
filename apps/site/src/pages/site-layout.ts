import type { Language } from '#common';
import { jsonLdScriptContent } from '#directory';
import { SHARE_CARD } from '#printing';
import { html, raw, TOURIST_STYLE, type SafeHtml } from '#web';
import { canonicalOf, linkTo, type Site } from '../routes/site.js';
import { shareCardPath, type PageRef, type SitePage } from '../routes/site-paths.js';
import { SITE_MESSAGES } from '../site.messages.js';
import { fundersStrip, SITE_IMAGES_STYLE, siteLogo } from './site-images.js';

/** The site's own additions to the tourist pages' look: navigation, sections, the map. */
const SITE_STYLE = raw(`<style>
header.top a{color:#fff}nav.site{display:flex;flex-wrap:wrap;gap:.15rem .9rem;margin:.6rem 0 0;font-size:.95rem}nav.site a{text-decoration:none;border-bottom:2px solid transparent}nav.site a[aria-current]{border-bottom-color:#fff;font-weight:600}
.brandline{display:flex;justify-content:space-between;align-items:flex-start;gap:.5rem}.brandline .territory a{text-decoration:none;display:flex;align-items:center;gap:.5rem}
section{margin:1.4rem 0}section h2{font-size:1.2rem;margin:0 0 .5rem}.count{font-size:1.1rem;font-weight:600;color:var(--brand)}
ul.chips{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.4rem}ul.chips a{display:inline-block;padding:.3rem .6rem;border:1px solid var(--brand);border-radius:1rem;color:var(--brand);text-decoration:none;font-size:.9rem}
.how{display:grid;gap:.75rem}@media(min-width:40rem){.how{grid-template-columns:repeat(3,1fr)}}.how article{background:#fff;border:1px solid var(--line);border-radius:.6rem;padding:.7rem .8rem}.how h3{margin:0 0 .3rem;font-size:1rem}.how p{margin:0;font-size:.92rem}
figure.map{margin:0;background:#fff;border:1px solid var(--line);border-radius:.6rem;overflow:hidden}figure.map svg{display:block;width:100%;height:auto}
figure.map a circle{fill:var(--brand);stroke:#fff;stroke-width:1.5}figure.map a:focus circle,figure.map a:hover circle{fill:#000}figure.map a.here circle{fill:#d9480f}
form.search{display:grid;gap:.5rem;background:#fff;border:1px solid var(--line);border-radius:.6rem;padding:.75rem}form.search label{display:grid;gap:.2rem;font-size:.9rem}
input[type=search]{font:inherit;padding:.4rem .5rem;border:1px solid var(--line);border-radius:.4rem}label.check{display:flex!important;align-items:center;gap:.4rem}
.buttons{display:flex;flex-wrap:wrap;gap:.5rem}.buttons a{padding:.5rem .8rem;border-radius:.4rem;background:var(--brand);color:#fff;text-decoration:none;font-weight:600}
dl.facts{display:grid;grid-template-columns:auto 1fr;gap:.3rem .8rem;margin:0}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
.qr svg{width:9rem;height:9rem}
form.join{display:grid;gap:.8rem;background:#fff;border:1px solid var(--line);border-radius:.6rem;padding:.8rem}form.join .field{display:grid;gap:.25rem;border:0;margin:0;padding:0}form.join legend{font-weight:600;padding:0;margin-bottom:.25rem}
form.join label{font-weight:600}form.join label.check{display:flex;align-items:flex-start;gap:.5rem;font-weight:400}form.join input:not([type=radio]):not([type=checkbox]),form.join textarea{font:inherit;padding:.45rem .5rem;border:1px solid #767676;border-radius:.4rem;width:100%;box-sizing:border-box}
form.join [aria-invalid=true]{border-color:#b00020;outline:1px solid #b00020}.error{color:#b00020;font-weight:600;margin:0}.hint,.muted{color:var(--muted);margin:0;font-weight:400}.summary{border:2px solid #b00020;border-radius:.6rem;padding:.5rem .9rem;background:#fff}.summary h2{font-size:1.05rem;margin:.2rem 0}
form.join button{font:inherit;font-weight:600;padding:.6rem 1rem;border:0;border-radius:.4rem;background:var(--brand);color:#fff}.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
footer nav{display:flex;flex-wrap:wrap;justify-content:center;gap:.3rem 1rem}footer a{color:var(--muted)}
</style>`);

const LOCALES: Record<Language, string> = { fr: 'fr_FR', en: 'en_GB', nl: 'nl_NL', de: 'de_DE' };

/** The pages the site's menu leads to, in its order. */
const MENU: SitePage[] = ['home', 'producers', 'offers', 'accommodations'];
const FOOTER: SitePage[] = ['join', 'contact', 'legal', 'privacy'];

export const brandColour = (colour: string | null, fallback = '#2f6b3a') => (colour && /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : fallback);

export interface SitePageOptions {
  site: Site;
  lang: Language;
  ref: PageRef;
  title: string;
  description: string;
  body: SafeHtml;
  jsonLd?: Record<string, unknown>;
  /** The page's own share card (a producer's), inside the site; the territory's otherwise. */
  shareCard?: string;
  /** A page that is no page (404): in the site's look, but neither canonical nor indexed. */
  missing?: true;
  /** A page that answers a form (thanks, try later): in the menu's place, but not for search engines. */
  noindex?: true;
}

/**
 * A page of the site: its one canonical address and the same page in every language of the
 * territory (hreflang, French as x-default), what search engines and shared links show, the
 * territory's colours and icons. No script, no font, nothing from another origin.
 */
export function sitePage(options: SitePageOptions): string {
  const { site, lang, ref } = options;
  const m = SITE_MESSAGES[lang];
  const canonical = canonicalOf(site, lang, ref);
  // a missing page is none of the menu's
  const current = options.missing ? undefined : ref.page;
  const name = site.territory.name;
  const title = ref.page === 'home' && !options.missing ? name : `${options.title} — ${name}`;
  const image = `${site.canonicalBase}${options.shareCard ?? shareCardPath(lang)}`;
  const alternates = site.languages.map((other) => html`<link rel="alternate" hreflang="${other}" href="${canonicalOf(site, other, ref)}">`);
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light">
<title>${title}</title>
<meta name="description" content="${options.description}">
${
  options.missing || options.noindex
    ? raw('<meta name="robots" content="noindex">')
    : html`<link rel="canonical" href="${canonical}">
${alternates}
<link rel="alternate" hreflang="x-default" href="${canonicalOf(site, 'fr', ref)}">`
}
<meta property="og:type" content="website">
<meta property="og:site_name" content="${name}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${options.description}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${LOCALES[lang]}">
${site.languages.filter((other) => other !== lang).map((other) => html`<meta property="og:locale:alternate" content="${LOCALES[other]}">`)}
<meta property="og:image" content="${image}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${SHARE_CARD.width}">
<meta property="og:image:height" content="${SHARE_CARD.height}">
<meta property="og:image:alt" content="${title}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${options.description}">
<meta name="twitter:image" content="${image}">
<meta name="theme-color" content="${brandColour(site.territory.primaryColor)}">
<link rel="icon" href="${site.base}/favicon.ico" sizes="32x32">
<link rel="icon" href="${site.base}/icon.svg" type="image/svg+xml">
<link rel="manifest" href="${site.base}/manifest.webmanifest">
${TOURIST_STYLE}
${SITE_STYLE}
${SITE_IMAGES_STYLE}
<style>:root{--brand:${brandColour(site.territory.primaryColor)}}</style>
${options.jsonLd ? raw(`<script type="application/ld+json">${jsonLdScriptContent(options.jsonLd)}</script>`) : ''}
</head>
<body>
<header class="top">
<div class="brandline"><p class="territory"><a href="${linkTo(site, lang, { page: 'home' })}">${siteLogo(site)}${name}</a></p>${languageLinks(site, lang, ref)}</div>
<h1>${ref.page === 'home' && !options.missing ? name : options.title}</h1>
<nav class="site" aria-label="${m.menu}">${MENU.map((page) => menuLink(site, lang, page, current))}</nav>
</header>
<main>
${options.body}
</main>
<footer><nav aria-label="${m.contactTitle}">${FOOTER.map((page) => menuLink(site, lang, page, current))}</nav>${fundersStrip(site, lang)}</footer>
</body>
</html>`.value;
}

function menuLink(site: Site, lang: Language, page: SitePage, current: SitePage | undefined): SafeHtml {
  const here = page === current || (page === 'producers' && current === 'producer');
  return html`<a href="${linkTo(site, lang, { page })}" ${here ? raw('aria-current="page"') : ''}>${SITE_MESSAGES[lang].nav[page]}</a>`;
}

/** The same page in the territory's other languages (by address: nothing is remembered). */
function languageLinks(site: Site, current: Language, ref: PageRef): SafeHtml {
  if (site.languages.length < 2) return html``;
  return html`<nav class="langs" aria-label="${SITE_MESSAGES[current].language}">${site.languages.map(
    (lang) =>
      html`<a href="${linkTo(site, lang, ref)}" hreflang="${lang}" lang="${lang}" ${lang === current ? raw('aria-current="true"') : ''}>${lang.toUpperCase()}</a>`,
  )}</nav>`;
}
