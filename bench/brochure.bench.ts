/**
 * PDF brochures: our pdfkit renderer against what a typical stack would do — the same content as
 * HTML (inline SVG QR codes, A4 print CSS) printed by headless Chromium — in one run, for the
 * personalised brochure of a demo accommodation and for a synthetic territory of 50 producers.
 *
 * Chromium is timed warm (one browser and one page reused, as a production pool would) and cold
 * (launch + page + setContent + pdf + close). Its timings include building the HTML and its QR codes,
 * as the pdfkit timings include laying out and drawing them. Loopback only: the HTML has no external
 * resource and the demo database is a throw-away embedded PostgreSQL (or a scratch database on DATABASE_URL).
 *
 *   npm run bench:brochure        (Chromium at CHROMIUM_PATH, /usr/bin/chromium by default)
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Browser, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import QRCode from 'qrcode';
import { createApp } from '../apps/api/src/app.factory.js';
import { prepareDatabase } from '../apps/api/src/prepare-database.js';
import { createLogger, loadConfig, todayIn, translate } from '#common';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  openingHoursInWords,
  ShowcaseService,
  TerritoriesService,
  type Category,
  type OfferKind,
  type ShowcaseOffer,
  type ShowcaseProducer,
  type ShowcaseTerritory,
} from '#directory';
import { BROCHURE_TEXTS, publicLinks, renderBrochure, type BrochureContent } from '#printing';
import { CHROMIUM, hasChromium, launchChromium } from '../test/support/chromium.js';
import { median, percentile, scratchDatabase } from './support.js';

const WATCHDOG_MS = 10 * 60_000;
const PDFKIT = { warmUp: 5, demoRuns: 30, syntheticRuns: 20 };
const CHROME = { warmUp: 3, warmRuns: 20, coldRuns: 5 };
const LANG = 'fr' as const;

// ---------------------------------------------------------------------------------------------
// Content: the demo territory, from a real database, and 50 synthetic producers.

interface Named {
  label: string;
  content: BrochureContent;
}

/** An accommodation as the SQL below reads it. */
interface DemoAccommodation {
  id: string;
  territoryId: string;
  code: string;
  name: string;
  latitude: number;
  longitude: number;
  commune: string;
}

async function demoContent(): Promise<Named> {
  const logger = createLogger('warn');
  const database = await scratchDatabase(logger);
  const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' });
  const app = await createApp(config, database.url, logger);
  try {
    await prepareDatabase(app, config, logger);
    const territories = app.get(TerritoriesService);
    const showcase = app.get(ShowcaseService);
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const [accommodation] = await dataSource.query<DemoAccommodation[]>(
      `SELECT id, territory_id AS "territoryId", code, name, latitude, longitude, commune FROM accommodations WHERE status = 'active' ORDER BY name LIMIT 1`,
    );
    if (!accommodation) throw new Error('the demo has no active accommodation');
    const territory = territoryView(await territories.get(accommodation.territoryId));
    const date = todayIn(territory.timeZone);
    const producers = await showcase.onDate(accommodation.territoryId, date, accommodation.id);
    const base = config.publicBaseUrl;
    return {
      label: `demo (${accommodation.name})`,
      content: {
        territory,
        accommodation: {
          name: accommodation.name,
          latitude: Number(accommodation.latitude),
          longitude: Number(accommodation.longitude),
          commune: accommodation.commune,
          pageUrl: publicLinks.accommodation(base, accommodation.code),
        },
        producers,
        producerUrl: (p) => publicLinks.producer(base, p.code),
        date,
        printedAt: new Date(),
      },
    };
  } finally {
    // Released before anything is timed: PostgreSQL does not compete for the CPU with the renderers.
    await app.close();
    await database.dispose();
  }
}

function territoryView(t: ShowcaseTerritory): ShowcaseTerritory {
  return {
    id: t.id,
    name: t.name,
    languages: t.languages,
    timeZone: t.timeZone,
    primaryColor: t.primaryColor,
    logoUrl: t.logoUrl,
    contactEmail: t.contactEmail,
    contactPhone: t.contactPhone,
  };
}

/** A small deterministic generator, so that every run prints the same synthetic brochure. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMUNES = [
  ['Parthenay', '79200'],
  ['Secondigny', '79130'],
  ['Ménigoute', '79340'],
  ['Mazières-en-Gâtine', '79310'],
  ['Vasles', '79340'],
  ['Champdeniers', '79220'],
  ['Saint-Pardoux-Soutiers', '79310'],
  ['Pougne-Hérisson', '79130'],
  ['Thénezay', '79390'],
  ['Airvault', '79600'],
  ['Coulonges-sur-l’Autize', '79160'],
  ['Moncoutant-sur-Sèvre', '79320'],
] as const;
const FIRST_NAMES = [
  'Marie',
  'Jean',
  'Sophie',
  'Pierre',
  'Isabelle',
  'Louis',
  'Camille',
  'Antoine',
  'Hélène',
  'Étienne',
  'Agnès',
  'François',
  'Céline',
  'Gaël',
  'Noémie',
];
const LAST_NAMES = [
  'Moreau',
  'Girard',
  'Bonnet',
  'Rousseau',
  'Fontaine',
  'Chevalier',
  'Brunet',
  'Garnier',
  'Perrin',
  'Lefèvre',
  'Mercier',
  'Boucher',
  'Giraud',
  'Rivière',
];
const TRADES: Record<Category, { place: string[]; text: string; offers: string[] }> = {
  fruits: {
    place: ['Le Verger de', 'Les Pommes de'],
    text: 'Pommes, poires et petits fruits cueillis à maturité, jus et compotes pressés à la ferme, sans traitement après floraison.',
    offers: ['un litre de jus de pomme', 'la cueillette de fraises'],
  },
  vegetables: {
    place: ['Le Jardin de', 'Les Légumes de'],
    text: 'Maraîchage en agriculture biologique sur deux hectares : légumes de saison, plants au printemps et paniers à composer sur place.',
    offers: ['un bouquet d’aromatiques', 'votre panier de légumes'],
  },
  meat: {
    place: ['La Ferme de', 'Le Pré de'],
    text: 'Élevage de vaches parthenaises nourries à l’herbe de la Gâtine ; colis de viande et caissettes de veau sur réservation.',
    offers: ['votre colis de viande', 'la visite de l’élevage'],
  },
  poultry: {
    place: ['Les Volailles de', 'La Basse-Cour de'],
    text: 'Poulets, pintades et canards élevés en plein air pendant au moins 110 jours, abattus et préparés à la ferme.',
    offers: ['une douzaine d’œufs', 'votre volaille entière'],
  },
  eggs: {
    place: ['Les Œufs de', 'Le Poulailler de'],
    text: 'Poules pondeuses en plein air sur un hectare de parcours, œufs ramassés chaque matin et vendus extra-frais au distributeur de la ferme.',
    offers: ['une douzaine d’œufs', 'la visite du poulailler'],
  },
  charcuterie: {
    place: ['La Salaison de', 'Le Fumoir de'],
    text: 'Charcuterie artisanale de porcs élevés sur paille : pâtés, rillettes, jambons séchés douze mois et saucisses fumées au bois de hêtre.',
    offers: ['un bocal de rillettes', 'la dégustation de charcuterie'],
  },
  dairy_cheese: {
    place: ['La Chèvrerie de', 'La Fromagerie de'],
    text: 'Fromages de chèvre au lait cru, moulés à la louche : chabichou, bûches cendrées et tommes affinées dans notre cave voûtée.',
    offers: ['un chabichou', 'la traite du soir'],
  },
  bakery_pastry: {
    place: ['Le Fournil de', 'La Boulange de'],
    text: 'Pain au levain cuit au feu de bois avec les farines de nos blés anciens, brioches vendéennes et tourteaux fromagers le week-end.',
    offers: ['un tourteau fromager', 'la visite du fournil'],
  },
  preserves_deli: {
    place: ['Les Conserves de', 'L’Épicerie de'],
    text: 'Confitures, chutneys et terrines préparés en petites séries avec les fruits et légumes des fermes voisines.',
    offers: ['un pot de confiture', 'votre coffret gourmand'],
  },
  honey: {
    place: ['Le Rucher de', 'Les Abeilles de'],
    text: 'Miels de printemps, de châtaignier et de bruyère récoltés dans le bocage ; pain d’épices et bougies à la cire d’abeille.',
    offers: ['un pot de miel de 250 g', 'la visite du rucher'],
  },
  wine_drinks: {
    place: ['Le Chai de', 'La Cidrerie de'],
    text: 'Cidre brut et pétillant de pommes à couteau, pineau et bière blonde brassée avec l’orge de la ferme.',
    offers: ['une bouteille de cidre', 'la dégustation au chai'],
  },
  plants_flowers: {
    place: ['La Pépinière de', 'Les Fleurs de'],
    text: 'Vivaces rustiques, arbres fruitiers d’anciennes variétés locales et fleurs coupées du jardin, conseils de plantation compris.',
    offers: ['un plant de vivace', 'votre bouquet de saison'],
  },
  crafts: {
    place: ['L’Atelier de', 'La Poterie de'],
    text: 'Poteries en grès tournées à la main, vannerie d’osier et objets en bois de châtaignier fabriqués sur place.',
    offers: ['un bol en grès', 'la visite de l’atelier'],
  },
};
const CONDITIONS = [
  'Sur présentation du pass, dans la limite des stocks.',
  'Sur réservation la veille au plus tard.',
  'Hors jours fériés ; une offre par famille.',
  '',
];
const HOURS = ['Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:30', 'We,Fr 16:00-19:00; Sa 09:00-13:00', 'Tu-Sa 08:30-12:30,15:00-19:00', 'Sa 09:00-12:00', ''];
const code = (next: () => number) => Array.from({ length: 8 }, () => '23456789abcdefghjkmnpqrstuvwxyz'[Math.floor(next() * 31)]).join('');
const KM_PER_DEGREE = 111.32;

function syntheticContent(count: number, territory: ShowcaseTerritory, base: string, date: string): Named {
  const next = random(42);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
  const home = { latitude: 46.6, longitude: -0.3 };
  const year = date.slice(0, 4);
  const producers: ShowcaseProducer[] = Array.from({ length: count }, (_, i) => {
    const categories = [...new Set([pick(CATEGORIES), ...(next() < 0.4 ? [pick(CATEGORIES)] : [])])];
    const trade = TRADES[categories[0]];
    const [commune, postcode] = pick(COMMUNES);
    const person = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    const latitude = home.latitude + (next() - 0.5) * 0.5;
    const longitude = home.longitude + (next() - 0.5) * 0.7;
    const dx = (longitude - home.longitude) * KM_PER_DEGREE * Math.cos((home.latitude * Math.PI) / 180);
    const dy = (latitude - home.latitude) * KM_PER_DEGREE;
    const offers: ShowcaseOffer[] = Array.from({ length: 1 + Math.floor(next() * 2) }, (_offer, j) => {
      const kind = pick<OfferKind>(['percent_off', 'amount_off', 'gift', 'visit', 'tasting']);
      const conditions = pick(CONDITIONS);
      return {
        id: `offer-${i}-${j}`,
        title: { fr: `${kind === 'percent_off' || kind === 'amount_off' ? 'Sur' : 'Pour'} ${trade.offers[j % trade.offers.length]}` },
        conditions: conditions ? { fr: conditions } : null,
        kind,
        value: kind === 'percent_off' ? pick([5, 10, 15]) : kind === 'amount_off' ? pick([200, 350, 500]) : null,
        minPurchaseCents: kind === 'percent_off' || kind === 'amount_off' ? pick([null, 1500, 2000]) : null,
        validFrom: `${year}-01-01`,
        validTo: next() < 0.5 ? `${year}-12-31` : `${year}-${pick(['09-30', '10-31', '11-30'])}`,
        usesPerPass: pick([1, 1, 2]),
      };
    });
    return {
      id: `producer-${i}`,
      code: code(next),
      slug: `producer-${i}`,
      name: `${pick(trade.place)} ${person}`,
      description: { fr: `${trade.text} Accueil par ${person.split(' ')[0]} à ${commune}.` },
      categories,
      address: `${1 + Math.floor(next() * 40)} ${pick(['rue du Bourg', 'route de Parthenay', 'chemin des Vignes', 'lieu-dit La Bergerie', 'impasse du Moulin'])}`,
      postcode,
      commune,
      inseeCode: null,
      latitude: Number(latitude.toFixed(5)),
      longitude: Number(longitude.toFixed(5)),
      phone:
        next() < 0.85 ? `05 49 ${String(10 + Math.floor(next() * 89))} ${String(10 + Math.floor(next() * 89))} ${String(10 + Math.floor(next() * 89))}` : null,
      website: null,
      openingHours: pick(HOURS) || null,
      hoursNote: null,
      labels: [],
      visitConditions: null,
      distanceKm: Math.round(Math.hypot(dx, dy) * 10) / 10,
      offers,
    };
  }).sort((a, b) => a.distanceKm - b.distanceKm);
  return {
    label: `synthetic, ${count} producers`,
    content: {
      territory,
      accommodation: { name: 'Gîte de la Grange aux Hirondelles', ...home, commune: 'Parthenay', pageUrl: publicLinks.accommodation(base, 'k7m3q9tx') },
      producers,
      producerUrl: (p) => publicLinks.producer(base, p.code),
      date,
      printedAt: new Date(),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The baseline: the same brochure as HTML, for Chromium to print.

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
const EUROS = [
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0 }),
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }),
];
const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent' });
const KILOMETRES = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const LONG_DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const day = (date: string) => LONG_DATE.format(new Date(`${date}T00:00:00Z`));
/** The same QR codes as the PDF's: error correction M, quiet zone of 4 modules. */
const qrSvg = (text: string) => QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });

function offerLine(offer: ShowcaseOffer): string {
  const euros = (cents: number) => EUROS[cents % 100 ? 1 : 0].format(cents / 100);
  const from = offer.minPurchaseCents ? ` dès ${euros(offer.minPurchaseCents)}` : '';
  const value =
    offer.kind === 'percent_off'
      ? `−${PERCENT.format((offer.value ?? 0) / 100)}${from}`
      : offer.kind === 'amount_off'
        ? `${euros(offer.value ?? 0)} de remise${from}`
        : { gift: 'Cadeau offert', visit: 'Visite offerte', tasting: 'Dégustation offerte' }[offer.kind];
  return `${value} — ${translate(offer.title, LANG)}`;
}

function offerDetails(offer: ShowcaseOffer): string {
  const t = BROCHURE_TEXTS[LANG];
  return [offer.conditions ? translate(offer.conditions, LANG) : '', offer.validTo ? t.until(day(offer.validTo)) : '', t.usesPerPass(offer.usesPerPass)]
    .filter(Boolean)
    .join(' · ');
}

/** Numbered points, the accommodation as a square and commune names, projected as the PDF's map does. */
function mapSvg(content: BrochureContent): string {
  const home = content.accommodation;
  const all = [...content.producers, ...(home ? [home] : [])];
  const width = 515;
  const height = 515;
  const mid = all.reduce((sum, p) => sum + p.latitude, 0) / all.length;
  const cos = Math.cos((mid * Math.PI) / 180);
  const xs = all.map((p) => p.longitude * cos);
  const ys = all.map((p) => p.latitude);
  const [minX, maxY] = [Math.min(...xs), Math.max(...ys)];
  const spanX = Math.max(...xs) - minX || 0.01;
  const spanY = maxY - Math.min(...ys) || 0.01;
  const scale = Math.min((width - 36) / spanX, (height - 60) / spanY);
  const at = (p: { latitude: number; longitude: number }) =>
    [18 + (p.longitude * cos - minX) * scale, 24 + (maxY - p.latitude) * scale].map((n) => n.toFixed(1));
  const communes = new Map<string, string[]>();
  for (const p of all) if (!communes.has(p.commune)) communes.set(p.commune, at(p));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="map"><rect x="0" y="0" width="${width}" height="${height}" fill="none" stroke="#555" stroke-width="0.8"/>`,
  ];
  for (const [name, [x, y]] of communes)
    parts.push(`<text x="${x}" y="${Number(y) + 12}" text-anchor="middle" font-size="6.5" fill="#666">${escape(name)}</text>`);
  content.producers.forEach((p, i) => {
    const [x, y] = at(p);
    parts.push(
      `<circle cx="${x}" cy="${y}" r="6.5" fill="#fff" stroke="#000"/><text x="${x}" y="${Number(y) + 2.5}" text-anchor="middle" font-size="7" font-weight="bold">${i + 1}</text>`,
    );
  });
  if (home) {
    const [x, y] = at(home);
    parts.push(
      `<rect x="${Number(x) - 5}" y="${Number(y) - 5}" width="10" height="10"/><text x="${Number(x) + 7}" y="${Number(y) + 3}" font-size="6.5">${escape(BROCHURE_TEXTS[LANG].youAreHere)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

async function brochureHtml(content: BrochureContent): Promise<string> {
  const t = BROCHURE_TEXTS[LANG];
  const brand = content.territory.primaryColor && /^#[0-9a-fA-F]{6}$/.test(content.territory.primaryColor) ? content.territory.primaryColor : '#2f6b3a';
  const ends = content.producers
    .flatMap((p) => p.offers.map((o) => o.validTo))
    .filter((d): d is string => d !== null)
    .sort();
  const until = ends[0] ?? `${content.date.slice(0, 4)}-12-31`;
  const home = content.accommodation;
  const [homeQr, ...producerQrs] = await Promise.all([
    home ? qrSvg(home.pageUrl) : Promise.resolve(''),
    ...content.producers.map((p) => qrSvg(content.producerUrl(p))),
  ]);

  const entries = content.producers.map((p, i) => {
    const description = translate(p.description as never, LANG);
    const distance = home ? `${t.away(`${KILOMETRES.format(p.distanceKm)} km`)} · ` : '';
    const categories = p.categories.map((c) => CATEGORY_LABELS[c][LANG]).join(', ');
    return `<article class="entry">
  <span class="number">${i + 1}</span>
  <div class="text">
    <h2>${escape(p.name)}</h2>
    <p class="small">${escape(distance + categories)}</p>
    ${description ? `<p>${escape(description)}</p>` : ''}
    <p class="small">${escape(`${p.address}, ${p.postcode} ${p.commune}`)}</p>
    ${p.phone ? `<p class="small">${t.phone} ${escape(p.phone)}</p>` : ''}
    ${p.openingHours ? `<p class="small">${t.hours} : ${escape(openingHoursInWords(p.openingHours, LANG))}</p>` : ''}
    ${p.offers.map((o) => `<div class="offer"><strong>${escape(offerLine(o))}</strong><p class="small">${escape(offerDetails(o))}</p></div>`).join('\n    ')}
  </div>
  <div class="qr">${producerQrs[i]}</div>
</article>`;
  });

  const territory = content.territory;
  return `<!doctype html>
<html lang="${LANG}">
<head>
<meta charset="utf-8">
<title>${escape(`${territory.name} — ${t.title}`)}</title>
<style>
  @page { size: A4; margin: 14mm; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #000; }
  .page { break-after: page; }
  .band { background: ${brand}; color: #fff; padding: 24pt 20pt; margin: -14mm -14mm 0; padding-top: calc(14mm + 10pt); }
  .band .territory { font-weight: bold; font-size: 13pt; }
  .band h1 { font-size: 24pt; margin: 6pt 0 0; }
  .cover { text-align: center; }
  .cover .validity { text-align: left; margin: 14pt 0 40pt; }
  .cover .host { font-size: 16pt; font-weight: bold; margin: 2pt 0 14pt; }
  .cover .big-qr svg { width: 250pt; height: 250pt; }
  .cover .scan { margin: 8pt 30pt; }
  h2 { font-size: 12pt; margin: 0 0 2pt; }
  h3 { font-size: 14pt; margin: 0 0 8pt; }
  p { margin: 0 0 2pt; }
  .small { font-size: 7.8pt; }
  .map { width: 100%; height: auto; }
  .entry { display: flex; gap: 10pt; break-inside: avoid; margin: 0 0 12pt 16pt; position: relative; }
  .entry .number { position: absolute; left: -22pt; top: 0; width: 18pt; height: 18pt; border-radius: 50%; background: ${brand}; color: #fff; font-weight: bold; font-size: 9pt; text-align: center; line-height: 18pt; }
  .entry .text { flex: 1; }
  .entry .qr svg { width: 58pt; height: 58pt; }
  .offer { background: #eee; border-left: 3pt solid #000; padding: 2pt 8pt 4pt; margin: 2pt 0 4pt; }
  .offer .small { color: #222; }
  ol { padding-left: 14pt; }
  .printed { font-size: 7.8pt; color: #444; margin-top: 40pt; }
</style>
</head>
<body>
<section class="page cover">
  <div class="band"><div class="territory">${escape(territory.name)}</div><h1>${escape(t.title)}</h1></div>
  <p class="validity">${escape(t.validity(day(content.date), day(until)))}</p>
  ${home ? `<p>${escape(t.offeredBy)}</p><p class="host">${escape(home.name)}</p><div class="big-qr">${homeQr}</div><p class="scan">${escape(t.scan)}</p>` : ''}
</section>
${content.producers.length > 0 ? `<section class="page"><h3>${escape(t.map)}</h3>${mapSvg(content)}</section>` : ''}
<section class="page">
${content.producers.length > 0 ? entries.join('\n') : `<p>${escape(t.noOffers)}</p>`}
</section>
<section>
  <h3>${escape(t.howTo)}</h3>
  <ol>${t.steps.map((s) => `<li>${escape(s)}</li>`).join('')}</ol>
  <p><strong>${escape(t.contact)}</strong></p>
  <p>${[territory.name, territory.contactEmail, territory.contactPhone]
    .filter((v): v is string => Boolean(v))
    .map(escape)
    .join('<br>')}</p>
  <p class="printed">${escape(t.printed(new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: territory.timeZone }).format(content.printedAt)))}</p>
</section>
</body>
</html>`;
}

// ---------------------------------------------------------------------------------------------
// Timing.

interface Timed {
  times: number[];
  bytes: number;
}

async function timed(runs: number, work: () => Promise<Buffer>): Promise<Timed> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const pdf = await work();
    times.push(performance.now() - t0);
    bytes = pdf.length;
  }
  return { times, bytes };
}

const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
const ms = (n: number) => `${n.toFixed(n < 100 ? 1 : 0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

interface Result {
  label: string;
  producers: number;
  offers: number;
  pdfkit: { median: number; p95: number; bytes: number; pages: number; runs: number };
  /** With characters never drawn before in each run: both fonts subset and compressed anew, no cache helps. */
  newGlyphs: { median: number };
  html?: { buildMedian: number; bytes: number };
  warm?: { median: number; p95: number; bytes: number; pages: number };
  cold?: { median: number };
}

async function benchPdfkit(named: Named, runs: number): Promise<Result> {
  const render = () => renderBrochure(named.content, { format: 'A4', lang: LANG });
  await timed(PDFKIT.warmUp, render);
  const { times, bytes } = await timed(runs, render);
  const sample = await render();
  // fonts are subset once per set of glyphs drawn: a Greek letter in a bold and in a regular text,
  // another in each run, makes sets never seen before, the worst case for that cache
  let fresh = 0;
  const unseen = () => {
    const letter = String.fromCodePoint(0x3b1 + fresh++);
    const { territory, accommodation } = named.content;
    const content = {
      ...named.content,
      territory: { ...territory, contactEmail: [territory.contactEmail, letter].filter(Boolean).join(' ') },
      accommodation: accommodation && { ...accommodation, name: `${accommodation.name} ${letter}` },
    };
    return renderBrochure(content, { format: 'A4', lang: LANG });
  };
  const newGlyphs = await timed(20, unseen);
  return {
    label: named.label,
    producers: named.content.producers.length,
    offers: named.content.producers.reduce((n, p) => n + p.offers.length, 0),
    pdfkit: { median: median(times), p95: percentile(times, 95), bytes, pages: pages(sample), runs },
    newGlyphs: { median: median(newGlyphs.times) },
  };
}

async function printWith(page: Page, html: string): Promise<Buffer> {
  await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
  return page.pdf({ format: 'A4', printBackground: true });
}

async function benchChromium(named: Named, result: Result, browser: Browser): Promise<void> {
  const htmlTimes: number[] = [];
  let html = '';
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    html = await brochureHtml(named.content);
    htmlTimes.push(performance.now() - t0);
  }
  result.html = { buildMedian: median(htmlTimes), bytes: Buffer.byteLength(html) };

  // warm: one browser, one page, reused — the HTML is built in each run, as the PDF is laid out in each pdfkit run
  const page = await browser.newPage();
  try {
    const print = async () => printWith(page, await brochureHtml(named.content));
    await timed(CHROME.warmUp, print);
    const warm = await timed(CHROME.warmRuns, print);
    const sample = await print();
    result.warm = { median: median(warm.times), p95: percentile(warm.times, 95), bytes: warm.bytes, pages: pages(sample) };
  } finally {
    await page.close();
  }

  // cold: what a process without a pool pays for every brochure
  const cold = await timed(CHROME.coldRuns, async () => {
    const fresh = await launchChromium();
    try {
      const freshPage = await fresh.newPage();
      return await printWith(freshPage, await brochureHtml(named.content));
    } finally {
      await fresh.close();
    }
  });
  result.cold = { median: median(cold.times) };
}

// ---------------------------------------------------------------------------------------------

function printTable(results: Result[], chromium: boolean): void {
  const header = [
    'content',
    'producers/offers',
    'pdfkit median',
    'pdfkit p95',
    'pdfkit size',
    'Chromium warm median',
    'Chromium size',
    'Chromium cold median',
    'warm / pdfkit',
    'cold / pdfkit',
  ];
  const rows = results.map((r) => [
    r.label,
    `${r.producers}/${r.offers}`,
    ms(r.pdfkit.median),
    ms(r.pdfkit.p95),
    kb(r.pdfkit.bytes),
    r.warm ? ms(r.warm.median) : 'skipped',
    r.warm ? kb(r.warm.bytes) : 'skipped',
    r.cold ? ms(r.cold.median) : 'skipped',
    r.warm ? `${(r.warm.median / r.pdfkit.median).toFixed(1)}×` : '—',
    r.cold ? `${(r.cold.median / r.pdfkit.median).toFixed(1)}×` : '—',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ');
  console.log('');
  console.log(
    `PDF brochure, A4, ${LANG}, personalised: pdfkit (${PDFKIT.warmUp} warm-up runs, then ${PDFKIT.demoRuns} timed for the demo, ${PDFKIT.syntheticRuns} for 50 producers)`,
  );
  console.log(
    `  against HTML + headless Chromium (playwright-core page.setContent + page.pdf): warm = ${CHROME.warmUp} warm-up + ${CHROME.warmRuns} timed on one reused page, cold = launch + page + pdf + close, ${CHROME.coldRuns} runs`,
  );
  console.log('');
  console.log(line(header));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('-+-'));
  for (const row of rows) console.log(line(row));
  console.log('');
  for (const r of results) {
    const extra = [
      `pdfkit ${r.pdfkit.pages} pages, ${ms(r.newGlyphs.median)} with glyphs never drawn before (fonts subset anew${r.warm ? `: ${(r.warm.median / r.newGlyphs.median).toFixed(1)}× faster than warm Chromium` : ''})`,
    ];
    if (r.warm && r.html)
      extra.push(
        `Chromium ${r.warm.pages} pages, warm p95 ${ms(r.warm.p95)}`,
        `HTML ${kb(r.html.bytes)}, built in ${ms(r.html.buildMedian)} (median, QR SVGs included, counted in the Chromium times)`,
      );
    console.log(`  ${r.label}: ${extra.join('; ')}`);
  }
  console.log('');
  console.log('  aim: pdfkit at least 5× faster than warm Chromium');
  if (chromium) {
    for (const r of results)
      if (r.warm) console.log(`    ${r.label}: ${(r.warm.median / r.pdfkit.median).toFixed(1)}× → ${r.warm.median / r.pdfkit.median >= 5 ? 'met' : 'NOT MET'}`);
  } else {
    console.log('    not checked: the Chromium baseline was skipped');
  }
}

async function main() {
  const watchdog = setTimeout(() => {
    console.error(`brochure benchmark: still running after ${WATCHDOG_MS / 60_000} min, giving up`);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  if (!hasChromium) {
    console.warn(
      `\n*** ${CHROMIUM} is missing: the Chromium baseline is SKIPPED, only the pdfkit figures are printed. Install it with: apt-get install chromium ***\n`,
    );
  }

  const started = performance.now();
  const demo = await demoContent();
  console.log(
    `demo loaded in ${Math.round(performance.now() - started)} ms: ${demo.content.producers.length} producers with offers on ${demo.content.date} for ${demo.content.accommodation?.name}`,
  );
  const synthetic = syntheticContent(50, demo.content.territory, new URL(demo.content.accommodation!.pageUrl).origin, demo.content.date);

  // The very first brochure of the process also parses the fonts, learns their glyphs and kerning
  // pairs, builds the font subsets and the QR codes: all kept for the process, shown apart, not in the medians.
  const t0 = performance.now();
  await renderBrochure(demo.content, { format: 'A4', lang: LANG });
  const firstCall = performance.now() - t0;

  const results = [await benchPdfkit(demo, PDFKIT.demoRuns), await benchPdfkit(synthetic, PDFKIT.syntheticRuns)];
  console.log(`pdfkit done (first brochure of the process, fonts parsed and subset, glyphs and QR codes learnt: ${ms(firstCall)})`);

  if (hasChromium) {
    const browser = await launchChromium();
    try {
      console.log(`Chromium ${browser.version()} launched`);
      await benchChromium(demo, results[0], browser);
      await benchChromium(synthetic, results[1], browser);
    } finally {
      await browser.close();
    }
  }

  printTable(results, hasChromium);
  if (!hasChromium) console.warn(`\n*** Chromium baseline SKIPPED (${CHROMIUM} missing) ***`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
