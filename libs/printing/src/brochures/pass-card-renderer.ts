import { codeForReaders } from '#directory';
import { defineMessages, plural } from '#common';
import { MIN_TEXT_PT } from '../pdf/legibility.js';
import { PAGE_SIZES, Pdf } from '../pdf/pdf-document.js';
import { passAddressForReaders } from '../qr/public-links.js';
import { qrWithAddress } from './qr-with-address.js';

const TEXTS = defineMessages(
  'fr',
  {
    title: 'Pass séjour',
    stay: (a: string, d: string) => `Valable du ${a} au ${d}`,
    guests: (n: number) => plural('fr', n, { one: '{n} voyageur', other: '{n} voyageurs' }),
    show: 'Présentez ce pass au producteur pour profiter de ses bons plans.',
  },
  {
    en: {
      title: 'Stay pass',
      stay: (a: string, d: string) => `Valid from ${a} to ${d}`,
      guests: (n: number) => plural('en', n, { one: '{n} guest', other: '{n} guests' }),
      show: 'Show this pass to the producer to enjoy the offers.',
    },
    nl: {
      title: 'Verblijfspas',
      stay: (a: string, d: string) => `Geldig van ${a} tot ${d}`,
      guests: (n: number) => plural('nl', n, { one: '{n} gast', other: '{n} gasten' }),
      show: 'Laat deze pas zien aan de producent.',
    },
    de: {
      title: 'Aufenthaltspass',
      stay: (a: string, d: string) => `Gültig vom ${a} bis ${d}`,
      guests: (n: number) => plural('de', n, { one: '{n} Gast', other: '{n} Gäste' }),
      show: 'Zeigen Sie diesen Pass beim Erzeuger vor.',
    },
  },
);
const LOCALES = { fr: 'fr-FR', en: 'en-GB', nl: 'nl-NL', de: 'de-DE' } as const;

/** A stay pass as an A6 card: its code in big letters, its QR code, the dates, in the guests' language. */
export async function renderPassCard(pass: {
  code: string;
  url: string;
  arrival: string;
  departure: string;
  guests: number;
  lang: keyof typeof TEXTS;
  accommodationName: string;
  territoryName: string;
}): Promise<Buffer> {
  const t = TEXTS[pass.lang];
  const day = (date: string) => new Intl.DateTimeFormat(LOCALES[pass.lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  const [width] = PAGE_SIZES.A6;
  const pdf = new Pdf('A6', { title: `${t.title} ${codeForReaders(pass.code)}`, author: pass.territoryName });
  pdf.addPage();
  const margin = 22;
  const box = { width: width - 2 * margin, align: 'center' } as const;
  let y = pdf.text(`${pass.territoryName} · ${pass.accommodationName}`, { font: 'regular', size: MIN_TEXT_PT }, margin, margin, box);
  y = pdf.text(t.title, { font: 'bold', size: 16 }, margin, y + 4, box);
  const code = qrWithAddress(pdf, pass.url, { size: 175, style: { font: 'regular', size: 9 }, maxWidth: box.width, address: passAddressForReaders });
  const top = y + 8;
  code.draw((width - code.width) / 2, top);
  y = pdf.text(codeForReaders(pass.code), { font: 'bold', size: 18 }, margin, top + code.height + 6, {
    ...box,
    lineBreak: false,
    characterSpacing: 1.5,
  });
  y = pdf.text(`${t.stay(day(pass.arrival), day(pass.departure))} · ${t.guests(pass.guests)}`, { font: 'regular', size: 9 }, margin, y + 4, box);
  pdf.text(t.show, { font: 'regular', size: MIN_TEXT_PT }, margin, y + 6, box);
  return pdf.toBuffer();
}
