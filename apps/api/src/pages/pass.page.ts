import { defineMessages, plural, type Language } from '#common';
import { codeForReaders } from '#directory';
import type { PassView } from '#passes';
import { dateTime, distance, offerValue, html, raw, translatedHtml } from '#web';
import { languageLinks, page } from './layout.js';

const TEXTS = defineMessages(
  'fr',
  {
    title: 'Votre pass séjour',
    stay: (a: string, d: string) => `Du ${a} au ${d}`,
    validity: { valid: 'Valable aujourd’hui', not_yet_valid: 'Pas encore valable', expired: 'Expiré', cancelled: 'Annulé' },
    show: 'Montrez cette page au producteur : il scanne le QR code de votre pass ou saisit son code.',
    qr: (code: string) => `QR code du pass ${code}`,
    usesLeft: (n: number) => plural('fr', n, { zero: 'déjà utilisé', one: 'encore {n} utilisation', other: 'encore {n} utilisations' }),
    producer: 'Vous êtes producteur ? Enregistrer une utilisation',
    producerHint: 'Vous vous connectez à votre espace Terroir Pass, puis vous choisissez l’offre.',
    updatedAt: 'Mis à jour le',
    offline: 'Hors ligne : voici la dernière version enregistrée.',
  },
  {
    en: {
      title: 'Your stay pass',
      stay: (a: string, d: string) => `From ${a} to ${d}`,
      validity: { valid: 'Valid today', not_yet_valid: 'Not valid yet', expired: 'Expired', cancelled: 'Cancelled' },
      show: 'Show this page to the producer: they scan your pass’s QR code or type its code.',
      qr: (code: string) => `QR code of pass ${code}`,
      usesLeft: (n: number) => plural('en', n, { zero: 'already used', one: '{n} use left', other: '{n} uses left' }),
      producer: 'Are you the producer? Record a use',
      producerHint: 'You sign in to your Terroir Pass space, then choose the offer.',
      updatedAt: 'Updated on',
      offline: 'Offline: this is the last saved version.',
    },
  },
);
const textsFor = (lang: Language) => (lang === 'fr' ? TEXTS.fr : TEXTS.en);

/**
 * The pass on the tourist's phone: its QR code to show at the farm, and the offers it can still
 * use, nearest first from the accommodation, with uses left. A producer who scanned it follows the
 * link to the member pages (signed in by cookie there) to record a use. `qrSvg` is the qrcode
 * library's markup of the pass's address (trusted).
 */
export function passPage(pass: PassView, lang: Language, now: Date, qrSvg: string): string {
  const t = textsFor(lang);
  const day = (date: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  return page({
    lang,
    title: `${t.title} — ${pass.territoryName}`,
    brand: null,
    offlineNote: t.offline,
    body: html`<header class="top">
<p class="territory">${pass.territoryName} · ${pass.accommodationName}</p>
<h1>${t.title}</h1>
<p class="lead"><strong class="pass-code">${codeForReaders(pass.code)}</strong> · ${t.stay(day(pass.arrival), day(pass.departure))} · <span class="validity ${pass.validity}">${t.validity[pass.validity]}</span></p>
${languageLinks(lang, ['fr', 'en', 'nl', 'de'], `/p/${pass.code}`)}
</header>
<main id="pass" data-code="${pass.code}" data-territory="${pass.territoryId}">
<p class="hint">${t.show}</p>
<div class="pass-qr" role="img" aria-label="${t.qr(codeForReaders(pass.code))}">${raw(qrSvg)}</div>
<ol class="producers">${pass.offers.map(
      (offer) =>
        html`<li class="producer pass-offer" data-offer="${offer.offerId}" data-producer="${offer.producerId}" data-left="${offer.usesLeft}">
<h2>${offer.producerName}</h2>
<p class="meta"><span class="distance">${distance(offer.distanceKm, lang)}</span></p>
<ul class="offers"><li class="offer"><strong class="value">${offerValue(offer as never, lang)}</strong> — <span class="title">${translatedHtml(offer.title as never, lang)}</span>
<p class="uses">${t.usesLeft(offer.usesLeft)}</p></li></ul>
</li>`,
    )}</ol>
<section class="producer-screen">
<p><a id="producer-link" href="/app/redeem/${pass.code}">${t.producer}</a></p>
<p class="hint">${t.producerHint}</p>
</section>
</main>
<footer>
<p class="updated">${t.updatedAt} <time datetime="${now.toISOString()}">${dateTime(now, pass.timeZone, lang)}</time></p>
</footer>
`,
  });
}
