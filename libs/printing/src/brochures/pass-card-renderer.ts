import { drawQr, newPdf, PAGE_SIZES, pdfBuffer } from '../pdf/pdf-document.js';

const TEXTS = {
  fr: { title: 'Pass séjour', stay: (a: string, d: string) => `Valable du ${a} au ${d}`, guests: (n: number) => `${n} voyageur${n > 1 ? 's' : ''}`, show: 'Présentez ce pass au producteur pour profiter de ses bons plans.' },
  en: { title: 'Stay pass', stay: (a: string, d: string) => `Valid from ${a} to ${d}`, guests: (n: number) => `${n} guest${n > 1 ? 's' : ''}`, show: 'Show this pass to the producer to enjoy the offers.' },
  nl: { title: 'Verblijfspas', stay: (a: string, d: string) => `Geldig van ${a} tot ${d}`, guests: (n: number) => `${n} gast${n > 1 ? 'en' : ''}`, show: 'Laat deze pas zien aan de producent.' },
  de: { title: 'Aufenthaltspass', stay: (a: string, d: string) => `Gültig vom ${a} bis ${d}`, guests: (n: number) => `${n} Gast${n > 1 ? 'e' : ''}`, show: 'Zeigen Sie diesen Pass beim Erzeuger vor.' },
} as const;
const LOCALES = { fr: 'fr-FR', en: 'en-GB', nl: 'nl-NL', de: 'de-DE' } as const;

/** A stay pass as an A6 card: its code in big letters, its QR code, the dates, in the guests' language. */
export async function renderPassCard(pass: { code: string; url: string; arrival: string; departure: string; guests: number; lang: keyof typeof TEXTS; accommodationName: string; territoryName: string }): Promise<Buffer> {
  const t = TEXTS[pass.lang];
  const day = (date: string) => new Intl.DateTimeFormat(LOCALES[pass.lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  const [width] = PAGE_SIZES.A6;
  const doc = newPdf('A6', { title: `${t.title} ${pass.code}`, author: pass.territoryName });
  doc.addPage();
  const margin = 22;
  const inner = width - 2 * margin;
  doc.font('regular').fontSize(8).fillColor('#000000').text(`${pass.territoryName} · ${pass.accommodationName}`, margin, margin, { width: inner, align: 'center' });
  doc.font('bold').fontSize(16).text(t.title, margin, doc.y + 4, { width: inner, align: 'center' });
  const size = inner - 50;
  const top = doc.y + 8;
  drawQr(doc, pass.url, (width - size) / 2, top, size);
  doc.font('bold').fontSize(18).text(pass.code.toUpperCase().replace(/(.{5})/, '$1 '), margin, top + size + 6, { width: inner, align: 'center', characterSpacing: 1.5 });
  doc.font('regular').fontSize(9).text(`${t.stay(day(pass.arrival), day(pass.departure))} · ${t.guests(pass.guests)}`, margin, doc.y + 4, { width: inner, align: 'center' });
  doc.font('regular').fontSize(8).text(t.show, margin, doc.y + 6, { width: inner, align: 'center' });
  return pdfBuffer(doc);
}
