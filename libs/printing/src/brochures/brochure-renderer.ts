import { translate } from '../../../common/src/index.js';
import { CATEGORY_LABELS, type ShowcaseOffer, type ShowcaseProducer, type ShowcaseTerritory } from '../../../directory/src/index.js';
import { drawQr, newPdf, PAGE_SIZES, pdfBuffer, type PageFormat, type Pdf } from '../pdf/pdf-document.js';
import { drawMap } from './brochure-map.js';
import { BROCHURE_TEXTS, openingHoursInWords, type BrochureLanguage } from './brochure-texts.js';

export interface BrochureContent {
  territory: ShowcaseTerritory;
  /** Personalised brochures: the accommodation, its page's address and its host's name on the cover. */
  accommodation?: { name: string; latitude: number; longitude: number; commune: string; pageUrl: string };
  producers: ShowcaseProducer[];
  producerUrl: (producer: ShowcaseProducer) => string;
  date: string;
  printedAt: Date;
}

export interface BrochureOptions {
  format: Extract<PageFormat, 'A4' | 'A5'>;
  lang: BrochureLanguage;
}

const LOCALE = { fr: 'fr-FR', en: 'en-GB' } as const;
const KILOMETRES = { fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }), en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }) };
const PERCENT = { fr: new Intl.NumberFormat('fr-FR', { style: 'percent' }), en: new Intl.NumberFormat('en-GB', { style: 'percent' }) };
const EUROS = {
  fr: [new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0 }), new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 })],
  en: [new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0 }), new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 })],
};

/** Everything in points, scaled from A4 so that A5 keeps the same proportions. */
function metrics(format: BrochureOptions['format']) {
  const [width, height] = PAGE_SIZES[format];
  const k = width / PAGE_SIZES.A4[0];
  return { width, height, k, margin: 40 * k, gutter: 10 * k, body: 9.5 * Math.max(k, 0.8), small: 7.8 * Math.max(k, 0.8), qr: 58 * k };
}

const safeColour = (colour: string | null) => (colour && /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : '#2f6b3a');

/**
 * The brochure as PDF: cover (with the accommodation's big QR code when personalised), map,
 * one entry per producer, back page. Entries are measured before they are drawn, so nothing is
 * cut or overflows: an entry that does not fit starts a new page.
 */
export async function renderBrochure(content: BrochureContent, options: BrochureOptions): Promise<Buffer> {
  const t = BROCHURE_TEXTS[options.lang];
  const m = metrics(options.format);
  const doc = newPdf(options.format, { title: `${content.territory.name} — ${t.title}`, author: content.territory.name });
  const longDate = new Intl.DateTimeFormat(LOCALE[options.lang], { dateStyle: 'long', timeZone: 'UTC' });
  const day = (date: string) => longDate.format(new Date(`${date}T00:00:00Z`));
  const ends = content.producers.flatMap((p) => p.offers.map((o) => o.validTo)).filter((d): d is string => d !== null).sort();
  const until = ends[0] ?? `${content.date.slice(0, 4)}-12-31`;
  const brand = safeColour(content.territory.primaryColor);

  cover(doc, content, options, m, brand, t.validity(day(content.date), day(until)));
  if (content.producers.length > 0) mapPage(doc, content, m, t);
  entries(doc, content, options, m, brand, day);
  backPage(doc, content, options, m, brand);
  return pdfBuffer(doc);
}

function cover(doc: Pdf, content: BrochureContent, options: BrochureOptions, m: ReturnType<typeof metrics>, brand: string, validity: string) {
  const t = BROCHURE_TEXTS[options.lang];
  doc.addPage();
  const bandHeight = 150 * m.k;
  doc.save().rect(0, 0, m.width, bandHeight).fill(brand).restore();
  doc.font('bold').fontSize(13 * m.k).fillColor('#ffffff').text(content.territory.name, m.margin, 36 * m.k, { width: m.width - 2 * m.margin });
  doc.font('bold').fontSize(24 * m.k).fillColor('#ffffff').text(t.title, m.margin, 62 * m.k, { width: m.width - 2 * m.margin });
  doc.font('regular').fontSize(m.body).fillColor('#000000').text(validity, m.margin, bandHeight + 18 * m.k, { width: m.width - 2 * m.margin });

  if (content.accommodation) {
    const qrSize = Math.min(m.width - 2 * m.margin, 250 * m.k);
    const top = bandHeight + 60 * m.k;
    doc.font('regular').fontSize(11 * m.k).text(t.offeredBy, m.margin, top, { width: m.width - 2 * m.margin, align: 'center' });
    doc.font('bold').fontSize(16 * m.k).text(content.accommodation.name, m.margin, doc.y + 2, { width: m.width - 2 * m.margin, align: 'center' });
    const qrTop = doc.y + 18 * m.k;
    drawQr(doc, content.accommodation.pageUrl, (m.width - qrSize) / 2, qrTop, qrSize);
    doc.font('regular').fontSize(m.body).fillColor('#000000').text(t.scan, m.margin + 30 * m.k, qrTop + qrSize + 10 * m.k, { width: m.width - 2 * m.margin - 60 * m.k, align: 'center' });
  } else {
    const count = content.producers.reduce((n, p) => n + p.offers.length, 0);
    doc.font('bold').fontSize(40 * m.k).fillColor(brand).text(String(count), m.margin, m.height / 2 - 60 * m.k, { width: m.width - 2 * m.margin, align: 'center' });
    doc.font('regular').fontSize(14 * m.k).fillColor('#000000').text(options.lang === 'fr' ? 'bons plans chez nos producteurs' : 'offers from our producers', { width: m.width - 2 * m.margin, align: 'center' });
  }
}

function mapPage(doc: Pdf, content: BrochureContent, m: ReturnType<typeof metrics>, t: (typeof BROCHURE_TEXTS)['fr']) {
  doc.addPage();
  doc.font('bold').fontSize(14 * m.k).fillColor('#000000').text(t.map, m.margin, m.margin, { width: m.width - 2 * m.margin });
  const top = doc.y + 8 * m.k;
  drawMap(
    doc,
    { x: m.margin, y: top, width: m.width - 2 * m.margin, height: Math.min(m.width - 2 * m.margin, m.height - top - m.margin) },
    content.producers.map((p, i) => ({ label: String(i + 1), latitude: p.latitude, longitude: p.longitude, commune: p.commune })),
    content.accommodation ? { label: '', latitude: content.accommodation.latitude, longitude: content.accommodation.longitude, commune: content.accommodation.commune } : undefined,
    t,
  );
}

interface Block {
  height: number;
  draw: (top: number) => void;
}

function entries(doc: Pdf, content: BrochureContent, options: BrochureOptions, m: ReturnType<typeof metrics>, brand: string, day: (date: string) => string) {
  const t = BROCHURE_TEXTS[options.lang];
  const textWidth = m.width - 2 * m.margin - m.qr - m.gutter;
  const bottom = m.height - m.margin;
  doc.addPage();
  let y = m.margin;
  if (content.producers.length === 0) {
    doc.font('regular').fontSize(m.body).fillColor('#000000').text(t.noOffers, m.margin, y, { width: m.width - 2 * m.margin });
    return;
  }
  content.producers.forEach((producer, index) => {
    const block = entry(doc, producer, index + 1, content, options, m, brand, textWidth, day);
    if (y + block.height > bottom && y > m.margin) {
      doc.addPage();
      y = m.margin;
    }
    block.draw(y);
    y += block.height + 12 * m.k;
  });
}

/** One producer's entry, measured first: the lines are laid out once to know the height, then drawn. */
function entry(
  doc: Pdf,
  producer: ShowcaseProducer,
  number: number,
  content: BrochureContent,
  options: BrochureOptions,
  m: ReturnType<typeof metrics>,
  brand: string,
  textWidth: number,
  day: (date: string) => string,
): Block {
  const t = BROCHURE_TEXTS[options.lang];
  const lang = options.lang;
  const distance = content.accommodation ? `${t.away(KILOMETRES[lang].format(producer.distanceKm) + ' km')} · ` : '';
  const lines: { font: 'regular' | 'bold'; size: number; text: string; offer?: ShowcaseOffer; indent?: number }[] = [
    { font: 'bold', size: 12 * m.k, text: producer.name },
    { font: 'regular', size: m.small, text: `${distance}${producer.categories.map((c) => CATEGORY_LABELS[c][lang]).join(', ')}` },
  ];
  const description = translate(producer.description as never, lang);
  if (description) lines.push({ font: 'regular', size: m.body, text: description });
  lines.push({ font: 'regular', size: m.small, text: `${producer.address}, ${producer.postcode} ${producer.commune}` });
  if (producer.phone) lines.push({ font: 'regular', size: m.small, text: `${t.phone} ${producer.phone}` });
  if (producer.openingHours) lines.push({ font: 'regular', size: m.small, text: `${t.hours} : ${openingHoursInWords(producer.openingHours, lang)}`.replace(' : ', lang === 'fr' ? ' : ' : ': ') });
  for (const offer of producer.offers) lines.push({ font: 'bold', size: m.body, text: offerLine(offer, lang), offer, indent: 8 * m.k });

  const heights = new Map<(typeof lines)[number], number>();
  const heightOf = (line: (typeof lines)[number]) => {
    const known = heights.get(line);
    if (known !== undefined) return known;
    const height = measure(line);
    heights.set(line, height);
    return height;
  };
  const measure = (line: (typeof lines)[number]) => {
    doc.font(line.font).fontSize(line.size);
    const main = doc.heightOfString(line.text, { width: textWidth - (line.indent ?? 0) * 2 });
    if (!line.offer) return main + 2;
    doc.font('regular').fontSize(m.small);
    return main + doc.heightOfString(offerDetails(line.offer, lang, day), { width: textWidth - (line.indent ?? 0) * 2 }) + 8 * m.k;
  };
  const headerWidth = 22 * m.k;
  const height = Math.max(lines.reduce((sum, line) => sum + heightOf(line), 0), m.qr + 12 * m.k);

  return {
    height,
    draw: (top) => {
      const left = m.margin;
      doc.save().circle(left - headerWidth / 2 - 2, top + 8 * m.k, 9 * m.k).fill(brand).restore();
      doc.font('bold').fontSize(9 * m.k).fillColor('#ffffff').text(String(number), left - headerWidth / 2 - 11 * m.k, top + 3.5 * m.k, { width: 18 * m.k, align: 'center', lineBreak: false });
      let y = top;
      for (const line of lines) {
        const indent = line.indent ?? 0;
        if (line.offer) {
          const h = heightOf(line);
          doc.save().rect(left, y, textWidth, h - 4 * m.k).fill('#eeeeee').restore();
          doc.save().rect(left, y, 3 * m.k, h - 4 * m.k).fill('#000000').restore();
          doc.font('bold').fontSize(line.size).fillColor('#000000').text(line.text, left + indent, y + 2 * m.k, { width: textWidth - indent * 2 });
          doc.font('regular').fontSize(m.small).fillColor('#222222').text(offerDetails(line.offer, lang, day), left + indent, doc.y, { width: textWidth - indent * 2 });
          y += h;
        } else {
          doc.font(line.font).fontSize(line.size).fillColor('#000000').text(line.text, left, y, { width: textWidth });
          y += heightOf(line);
        }
      }
      drawQr(doc, content.producerUrl(producer), m.width - m.margin - m.qr, top, m.qr);
    },
  };
}

function offerLine(offer: ShowcaseOffer, lang: BrochureLanguage): string {
  const euros = (cents: number) => EUROS[lang][cents % 100 ? 1 : 0].format(cents / 100);
  const from = offer.minPurchaseCents ? (lang === 'fr' ? ` dès ${euros(offer.minPurchaseCents)}` : ` from ${euros(offer.minPurchaseCents)}`) : '';
  const value =
    offer.kind === 'percent_off'
      ? `−${PERCENT[lang].format((offer.value ?? 0) / 100)}${from}`
      : offer.kind === 'amount_off'
        ? `${euros(offer.value ?? 0)} ${lang === 'fr' ? 'de remise' : 'off'}${from}`
        : { fr: { gift: 'Cadeau offert', visit: 'Visite offerte', tasting: 'Dégustation offerte' }, en: { gift: 'Free gift', visit: 'Free visit', tasting: 'Free tasting' } }[lang][offer.kind];
  return `${value} — ${translate(offer.title, lang)}`;
}

function offerDetails(offer: ShowcaseOffer, lang: BrochureLanguage, day: (date: string) => string): string {
  const t = BROCHURE_TEXTS[lang];
  return [offer.conditions ? translate(offer.conditions, lang) : '', offer.validTo ? t.until(day(offer.validTo)) : '', t.usesPerPass(offer.usesPerPass)].filter(Boolean).join(' · ');
}

function backPage(doc: Pdf, content: BrochureContent, options: BrochureOptions, m: ReturnType<typeof metrics>, brand: string) {
  const t = BROCHURE_TEXTS[options.lang];
  doc.addPage();
  const width = m.width - 2 * m.margin;
  doc.font('bold').fontSize(14 * m.k).fillColor('#000000').text(t.howTo, m.margin, m.margin, { width });
  doc.moveDown(0.5);
  t.steps.forEach((step, i) => {
    doc.font('bold').fontSize(m.body).fillColor(brand).text(`${i + 1}. `, m.margin, doc.y, { continued: true }).fillColor('#000000').font('regular').text(step, { width });
    doc.moveDown(0.3);
  });
  doc.moveDown(1);
  doc.font('bold').fontSize(11 * m.k).text(t.contact, m.margin, doc.y, { width });
  const territory = content.territory;
  doc.font('regular').fontSize(m.body).text([territory.name, territory.contactEmail, territory.contactPhone].filter(Boolean).join('\n'), { width });
  doc.font('regular').fontSize(m.small).fillColor('#444444').text(t.printed(new Intl.DateTimeFormat(LOCALE[options.lang], { dateStyle: 'long', timeZone: territory.timeZone }).format(content.printedAt)), m.margin, m.height - m.margin - 12, { width, lineBreak: false });
}
