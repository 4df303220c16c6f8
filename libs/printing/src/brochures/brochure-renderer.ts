import { joined, todayIn, translate } from '#common';
import { figuresFormat } from '#insights';
import {
  CATEGORY_LABELS,
  openingHoursInWords,
  phoneInLanguage,
  type PrintImage,
  type PrintImages,
  type BaseLayers,
  type ShowcaseOffer,
  type ShowcaseProducer,
  type ShowcaseTerritory,
} from '#directory';
import { MIN_TEXT_PT } from '../pdf/legibility.js';
import { drawCovering } from '../pdf/pdf-image.js';
import { Pdf, type TextBlock } from '../pdf/pdf-document.js';
import { drawBackPage } from './brochure-back-page.js';
import { brochureColours, type BrochureColours } from './brochure-colours.js';
import { drawCover } from './brochure-cover.js';
import { drawMap } from './brochure-map.js';
import { metrics, type BrochureFormat, type Metrics } from './brochure-metrics.js';
import { BROCHURE_TEXTS, type BrochureLanguage } from './brochure-texts.js';
import { offerPhrase } from './offer-phrase.js';
import { addressForReaders } from '../qr/public-links.js';
import { qrsWithAddresses, type QrWithAddress } from './qr-with-address.js';

export interface BrochureContent {
  /**
   * `funders`: named on the back page, as funders usually require (with their logos from `images`
   * when given); `pageUrl`: the territory's page, the big QR code of its own brochure's cover;
   * `website`: the association's site, on the back page (else the territory's page).
   */
  territory: ShowcaseTerritory & { funders?: string[]; pageUrl?: string; website?: string | null };
  /** Personalised brochures: the accommodation, its page's address and its host's name on the cover. */
  accommodation?: { name: string; latitude: number; longitude: number; commune: string; pageUrl: string };
  producers: ShowcaseProducer[];
  producerUrl: (producer: ShowcaseProducer) => string;
  date: string;
  printedAt: Date;
  /** The logo, funders' logos and photos, already stored: nothing is fetched while printing. */
  images?: PrintImages;
  /** The territory's commune outlines, roads and rivers, drawn under the map's points. */
  baseLayers?: BaseLayers;
}

export interface BrochureOptions {
  format: BrochureFormat;
  lang: BrochureLanguage;
  /** 'booklet': A5 pages two-up on A4 landscape sheets, in saddle-stitch order, whatever the format asked. */
  imposition?: 'none' | 'booklet';
}

/**
 * The most lines a producer's description takes in its entry: the rest is cut with an ellipsis,
 * so that one long text does not fill a page. The check before printing names the descriptions it
 * would cut (descriptionLines), measured by this same layout.
 */
export const DESCRIPTION_MAX_LINES = 6;
const KILOMETRES = { fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }), en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }) };

/**
 * The brochure as PDF: cover (with the accommodation's big QR code when personalised), map,
 * one entry per producer, back page. Entries are measured before they are drawn, so nothing is
 * cut or overflows: an entry that does not fit starts a new page.
 */
export async function renderBrochure(content: BrochureContent, asked: BrochureOptions): Promise<Buffer> {
  // a home printer takes A4: a booklet is A5 pages on A4 sheets, never A4 pages on A3
  const options: BrochureOptions = asked.imposition === 'booklet' ? { ...asked, format: 'A5' } : asked;
  if (options.imposition === 'booklet') {
    // a booklet's page order depends on its number of pages, known once laid out: laid out twice
    const pages = brochure(content, options).pageCount;
    return brochure(content, options, { pages }).toBuffer();
  }
  return brochure(content, options).toBuffer();
}

function brochure(content: BrochureContent, options: BrochureOptions, booklet?: { pages: number }): Pdf {
  const t = BROCHURE_TEXTS[options.lang];
  const m = metrics(options.format);
  const pdf = new Pdf(options.format, { title: `${content.territory.name} — ${t.title}`, author: content.territory.name, booklet });
  // the figures' way of writing a day: "1er décembre 2026" in French, as the report and member pages write it
  const day = figuresFormat(options.lang).day;
  const ends = content.producers
    .flatMap((p) => p.offers.map((o) => o.validTo))
    .filter((d): d is string => d !== null)
    .sort();
  const until = ends[0] ?? `${content.date.slice(0, 4)}-12-31`;
  const colours = brochureColours(content.territory.primaryColor);
  const images = content.images;
  const photos = images?.producerPhotos;

  drawCover(
    pdf,
    {
      territoryName: content.territory.name,
      logo: images?.logo,
      // the accommodation's own photo, else the nearest producer's that has one
      photo: images?.accommodationPhoto ?? content.producers.map((p) => photos?.get(p.id)).find((photo) => photo !== undefined),
      accommodationName: content.accommodation?.name,
      qrUrl: content.accommodation?.pageUrl ?? content.territory.pageUrl,
      offers: content.producers.reduce((n, p) => n + p.offers.length, 0),
      producers: content.producers.length,
      validity: t.validity(day(content.date), day(until)),
    },
    options.lang,
    m,
    colours,
  );
  if (content.producers.length > 0) mapPage(pdf, content, m, t);
  entries(pdf, content, options, m, colours, day);
  const territory = content.territory;
  drawBackPage(
    pdf,
    {
      territoryName: territory.name,
      website: territory.website ?? territory.pageUrl,
      contactEmail: territory.contactEmail,
      contactPhone: territory.contactPhone && phoneInLanguage(territory.contactPhone, options.lang),
      funders: images?.funders ?? (territory.funders ?? []).map((name) => ({ name })),
      printedOn: figuresFormat(options.lang).day(todayIn(territory.timeZone, content.printedAt)),
    },
    options.lang,
    m,
    colours,
  );
  return pdf;
}

function mapPage(pdf: Pdf, content: BrochureContent, m: Metrics, t: (typeof BROCHURE_TEXTS)['fr']) {
  pdf.addPage();
  const width = m.width - 2 * m.margin;
  const top = pdf.text(t.map, { font: 'bold', size: 14 * m.k }, m.margin, m.margin, { width }) + 8 * m.k;
  drawMap(
    pdf,
    // the page's height, not a square: the base layers fill what the points leave free, and labels have more room
    { x: m.margin, y: top, width, height: m.height - top - m.margin },
    content.producers.map((p, i) => ({ label: String(i + 1), name: p.name, latitude: p.latitude, longitude: p.longitude, commune: p.commune })),
    content.accommodation
      ? { label: '', latitude: content.accommodation.latitude, longitude: content.accommodation.longitude, commune: content.accommodation.commune }
      : undefined,
    t,
    content.baseLayers,
  );
}

interface Block {
  height: number;
  draw: (top: number) => void;
}

/** The entries' two columns: the producers' QR codes (as wide as the widest code or address, the same length for all) and the text beside them. */
function entryColumns(pdf: Pdf, urls: string[], m: Metrics) {
  const codes = qrsWithAddresses(pdf, urls, { size: m.qr, style: { font: 'regular', size: m.small }, maxWidth: 0.33 * (m.width - 2 * m.margin) });
  const column = codes[0]?.width ?? m.qr;
  return { codes, column, textWidth: m.width - 2 * m.margin - column - m.gutter };
}

const descriptionStyle = (m: Metrics) => ({ font: 'regular', size: m.body }) as const;

/** A description as its entry prints it: at most DESCRIPTION_MAX_LINES lines. */
function descriptionBlock(pdf: Pdf, text: string, m: Metrics, width: number): TextBlock {
  const style = descriptionStyle(m);
  return pdf.layoutToFit(text, style, { width, maxHeight: DESCRIPTION_MAX_LINES * pdf.lineHeight(style), minSize: style.size });
}

/**
 * The lines each description needs in the entries of a brochure of `format` whose producers'
 * pages are `urls` (the QR column's width depends on them), before any cut.
 */
export function descriptionLines(texts: string[], urls: string[], format: BrochureOptions['format']): number[] {
  const m = metrics(format);
  const pdf = new Pdf(format, { title: '', author: '' });
  // the column is as wide as its widest address or its largest code (the longest address): those two decide it, without drawing every code
  const addressWidth = (url: string) => pdf.widthOf(addressForReaders(url), { font: 'regular', size: m.small });
  const longest = urls.reduce((a, b) => (b.length > a.length ? b : a), urls[0]);
  const widest = urls.reduce((a, b) => (addressWidth(b) > addressWidth(a) ? b : a), urls[0]);
  const { textWidth } = entryColumns(pdf, urls.length > 0 ? [...new Set([longest, widest])] : [], m);
  return texts.map((text) => pdf.layout(text, descriptionStyle(m), { width: textWidth }).lines.length);
}

function entries(pdf: Pdf, content: BrochureContent, options: BrochureOptions, m: Metrics, colours: BrochureColours, day: (date: string) => string) {
  const t = BROCHURE_TEXTS[options.lang];
  const { codes, column, textWidth } = entryColumns(pdf, content.producers.map(content.producerUrl), m);
  const bottom = m.height - m.margin;
  pdf.addPage();
  let y = m.margin;
  if (content.producers.length === 0) {
    pdf.text(t.noOffers, { font: 'regular', size: m.body }, m.margin, y, { width: m.width - 2 * m.margin });
    return;
  }
  content.producers.forEach((producer, index) => {
    const photo = content.images?.producerPhotos.get(producer.id);
    const block = entry(pdf, producer, index + 1, content, options, m, colours, textWidth, day, { code: codes[index], photo, width: column });
    if (y + block.height > bottom && y > m.margin) {
      pdf.addPage();
      y = m.margin;
    }
    block.draw(y);
    y += block.height + 12 * m.k;
  });
}

/** One producer's entry, laid out once: the lines give its height, then they are drawn. */
function entry(
  pdf: Pdf,
  producer: ShowcaseProducer,
  number: number,
  content: BrochureContent,
  options: BrochureOptions,
  m: Metrics,
  colours: BrochureColours,
  textWidth: number,
  day: (date: string) => string,
  side: { code: QrWithAddress; photo?: PrintImage; width: number },
): Block {
  const t = BROCHURE_TEXTS[options.lang];
  const lang = options.lang;
  const distance = content.accommodation ? t.away(KILOMETRES[lang].format(producer.distanceKm) + ' km') : undefined;
  const line = (text: string, font: 'regular' | 'bold', size: number) => pdf.layout(text, { font, size }, { width: textWidth });
  // the number's badge starts the name's line, inside the text column (not in the margin, near the edge)
  const badge = { radius: Math.max(8 * m.k, 7), size: Math.max(9 * m.k, MIN_TEXT_PT) };
  const digits = pdf.layout(String(number), { font: 'bold', size: badge.size, color: '#ffffff' }, { width: 0, lineBreak: false });
  // a disc for one digit, a pill as wide as two need
  const pill = Math.max(2 * badge.radius, digits.lines[0].width + badge.radius);
  const badgeWidth = pill + 4;
  const name = pdf.layout(producer.name, { font: 'bold', size: Math.max(12 * m.k, 10) }, { width: textWidth - badgeWidth });
  const lines: TextBlock[] = [];
  const situation = joined([distance, producer.categories.map((c) => CATEGORY_LABELS[c][lang]).join(', ')]);
  if (situation) lines.push(line(situation, 'regular', m.small));
  const description = translate(producer.description as never, lang);
  if (description) lines.push(descriptionBlock(pdf, description, m, textWidth));
  lines.push(line(`${producer.address}, ${producer.postcode} ${producer.commune}`, 'regular', m.small));
  if (producer.phone) lines.push(line(`${t.phone} ${phoneInLanguage(producer.phone, lang)}`, 'regular', m.small));
  const hours = joined([producer.openingHours && openingHoursInWords(producer.openingHours, lang), producer.hoursNote], '\n');
  if (hours) lines.push(line(`${t.hours}${lang === 'fr' ? ' : ' : ': '}${hours}`, 'regular', m.small));

  const indent = 8 * m.k;
  const offers = producer.offers.map((offer) => {
    const title = pdf.layout(offerPhrase(offer, lang), { font: 'bold', size: m.body }, { width: textWidth - indent * 2 });
    const details = pdf.layout(offerDetails(offer, lang, day), { font: 'regular', size: m.small, color: '#222222' }, { width: textWidth - indent * 2 });
    return { title, details, height: title.height + details.height + 8 * m.k };
  });
  const textHeight = name.height + 2 + lines.reduce((sum, block) => sum + block.height + 2, 0) + offers.reduce((sum, offer) => sum + offer.height, 0);

  // the photo above the QR code, in its column: the text keeps its width, measured the same with or without one
  const photoHeight = side.photo ? Math.round(side.width * 0.62) : 0;
  const photoGap = side.photo ? 6 * m.k : 0;
  const { code } = side;
  return {
    height: Math.max(textHeight, photoHeight + photoGap + code.height + 4 * m.k),
    draw: (top) => {
      const left = m.margin;
      const middle = top + name.lineHeight / 2;
      pdf.doc
        .save()
        .roundedRect(left, middle - badge.radius, pill, 2 * badge.radius, badge.radius)
        .fill(colours.band)
        .restore();
      pdf.draw({ ...digits, width: pill }, left, middle - digits.lineHeight / 2, 'center');
      let y = pdf.draw(name, left + badgeWidth, top) + 2;
      for (const block of lines) y = pdf.draw(block, left, y) + 2;
      for (const offer of offers) {
        pdf.doc
          .save()
          .rect(left, y, textWidth, offer.height - 4 * m.k)
          .fill(colours.tint)
          .restore();
        pdf.doc
          .save()
          .rect(left, y, 3 * m.k, offer.height - 4 * m.k)
          .fill(colours.band)
          .restore();
        pdf.draw(offer.details, left + indent, pdf.draw(offer.title, left + indent, y + 2 * m.k));
        y += offer.height;
      }
      const x = m.width - m.margin - side.width;
      if (side.photo) drawCovering(pdf, side.photo, { x, y: top, width: side.width, height: photoHeight });
      code.draw(x, top + photoHeight + photoGap);
    },
  };
}

function offerDetails(offer: ShowcaseOffer, lang: BrochureLanguage, day: (date: string) => string): string {
  const t = BROCHURE_TEXTS[lang];
  return [offer.conditions ? translate(offer.conditions, lang) : '', offer.validTo ? t.until(day(offer.validTo)) : '', t.usesPerPass(offer.usesPerPass)]
    .filter(Boolean)
    .join(' · ');
}
