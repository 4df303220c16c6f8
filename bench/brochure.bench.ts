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
 *   npm run bench:brochure -- --hosts 1000    (only the batch: 1,000 hosts' brochures in turn, see brochure-batch.ts)
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
import { CATEGORY_LABELS, openingHoursInWords, ShowcaseService, TerritoriesService, type ShowcaseOffer, type ShowcaseTerritory } from '#directory';
import { BROCHURE_TEXTS, publicLinks, renderBrochure, type BrochureContent } from '#printing';
import { CHROMIUM, hasChromium, launchChromium } from '../test/support/chromium.js';
import { median, percentile, scratchDatabase } from './support.js';
import { syntheticContent, type Named } from './synthetic-brochure.js';
import { brochureBatch } from './brochure-batch.js';

const WATCHDOG_MS = 10 * 60_000;
const PDFKIT = { warmUp: 5, demoRuns: 30, syntheticRuns: 20 };
const CHROME = { warmUp: 3, warmRuns: 20, coldRuns: 5 };
const LANG = 'fr' as const;

// ---------------------------------------------------------------------------------------------
// Content: the demo territory, from a real database, and 50 synthetic producers.

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
  <ol>${t.steps.map((s) => `<li><b>${escape(s.title)}</b> ${escape(s.text)}</li>`).join('')}</ol>
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

async function batch(hosts: number) {
  console.log(`brochures of ${hosts} hosts (A4, fr, 20 producers a territory of 50 hosts), one after another:`);
  const result = await brochureBatch({ hosts, progress: (line) => console.log(line) });
  console.log(
    `${result.hosts} brochures in ${(result.totalMs / 1000).toFixed(1)} s: median ${ms(result.medianMs)}, p95 ${ms(result.p95Ms)}, worst ${ms(result.maxMs)} per brochure, ${(result.bytes / 1024 / 1024).toFixed(1)} MB of PDF; RSS ${result.rssStartMb} MB at start, ${result.rssPeakMb} MB at most`,
  );
}

async function main() {
  const hostsAt = process.argv.indexOf('--hosts');
  if (hostsAt > 0) return batch(Number(process.argv[hostsAt + 1] ?? 1000));
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
