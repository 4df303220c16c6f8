import type { Receipt } from '#association';
import { dateFormat, defineMessages, numberFormat } from '#common';
import { phoneInLanguage } from '#directory';
import { PAGE_SIZES, Pdf } from '../pdf/pdf-document.js';

const TEXTS = defineMessages(
  'fr',
  {
    title: (year: number) => `Reçu de cotisation ${year}`,
    number: 'Reçu n°',
    member: 'Reçu de',
    kinds: { producer: 'producteur', host: 'hébergeur' },
    amount: 'Montant',
    method: 'Moyen de paiement',
    methods: { cash: 'espèces', cheque: 'chèque', transfer: 'virement' },
    paidOn: 'Payé le',
    reference: 'Référence',
    year: 'Adhésion',
    thanks: (territory: string, year: number) => `${territory} remercie son adhérent pour sa cotisation de l’année ${year}.`,
    cancelled: (reason: string) => `ANNULÉ : ${reason}`,
  },
  {
    en: {
      title: (year: number) => `Membership fee receipt ${year}`,
      number: 'Receipt no.',
      member: 'Received from',
      kinds: { producer: 'producer', host: 'host' },
      amount: 'Amount',
      method: 'Paid by',
      methods: { cash: 'cash', cheque: 'cheque', transfer: 'transfer' },
      paidOn: 'Paid on',
      reference: 'Reference',
      year: 'Membership',
      thanks: (territory: string, year: number) => `${territory} thanks its member for the ${year} membership fee.`,
      cancelled: (reason: string) => `CANCELLED: ${reason}`,
    },
  },
);

/** A payment's receipt, A5: the association, the member, the amount, how and when it was paid, its number. */
export async function renderReceipt(receipt: Receipt, lang: 'fr' | 'en'): Promise<Buffer> {
  const t = TEXTS[lang];
  const { payment, territory, member } = receipt;
  const euros = numberFormat(lang, { style: 'currency', currency: 'EUR' }).format(payment.amountCents / 100);
  const day = dateFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${payment.paidOn}T00:00:00Z`));
  const pdf = new Pdf('A5', { title: `${t.title(payment.year)} ${payment.receiptNumber}`, author: territory.name });
  pdf.addPage();
  const margin = 40;
  const width = PAGE_SIZES.A5[0] - 2 * margin;
  let y = pdf.text(territory.name, { font: 'bold', size: 14 }, margin, margin, { width });
  const phone = territory.contactPhone ? phoneInLanguage(territory.contactPhone, lang) : null;
  const contact = [territory.contactEmail, phone, territory.website].filter(Boolean).join(' · ');
  if (contact) y = pdf.text(contact, { font: 'regular', size: 9 }, margin, y + 2, { width });
  y = pdf.text(t.title(payment.year), { font: 'bold', size: 18 }, margin, y + 28, { width });
  y = pdf.text(`${t.number} ${payment.receiptNumber}`, { font: 'regular', size: 11 }, margin, y + 4, { width });
  const lines: [string, string][] = [
    [t.member, `${member.name} (${t.kinds[member.kind]})`],
    [t.year, String(payment.year)],
    [t.amount, euros],
    [t.method, t.methods[payment.method]],
    [t.paidOn, day],
    ...(payment.reference ? [[t.reference, payment.reference] as [string, string]] : []),
  ];
  y += 20;
  for (const [label, value] of lines) {
    pdf.text(label, { font: 'regular', size: 10, color: '#444444' }, margin, y, { width: 120 });
    y = pdf.text(value, { font: 'bold', size: 11 }, margin + 125, y, { width: width - 125 }) + 8;
  }
  y = pdf.text(t.thanks(territory.name, payment.year), { font: 'regular', size: 10 }, margin, y + 16, { width });
  if (payment.cancelledAt) pdf.text(t.cancelled(payment.cancelReason ?? ''), { font: 'bold', size: 14, color: '#b00020' }, margin, y + 20, { width });
  return pdf.toBuffer();
}
