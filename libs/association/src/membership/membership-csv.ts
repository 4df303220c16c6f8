import { csvDecimal, type Language, writeCsv } from '#common';
import type { MemberYearStatus, PaymentMethod } from './member-year.js';
import type { MemberYearView } from './member-year.view.js';

const TEXTS = {
  fr: {
    headers: [
      'Membre',
      'Type',
      'Détail',
      'Année',
      'Statut',
      'Charte acceptée le',
      'Cotisation (€)',
      'Payé (€)',
      'Reçu',
      'Moyen',
      'Payé le',
      'Montant (€)',
      'Référence',
      'Annulé le',
      'Motif d’annulation',
    ],
    kinds: { producer: 'Producteur', host: 'Hébergeur' },
    statuses: { requested: 'À renouveler', charter_accepted: 'Charte acceptée', paid: 'Payé', active: 'Actif', lapsed: 'Expiré' } as Record<
      MemberYearStatus,
      string
    >,
    methods: { cash: 'Espèces', cheque: 'Chèque', transfer: 'Virement' } as Record<PaymentMethod, string>,
  },
  en: {
    headers: [
      'Member',
      'Kind',
      'Detail',
      'Year',
      'Status',
      'Charter accepted on',
      'Fee (€)',
      'Paid (€)',
      'Receipt',
      'Method',
      'Paid on',
      'Amount (€)',
      'Reference',
      'Cancelled on',
      'Reason for cancelling',
    ],
    kinds: { producer: 'Producer', host: 'Host' },
    statuses: { requested: 'To renew', charter_accepted: 'Charter accepted', paid: 'Paid', active: 'Active', lapsed: 'Lapsed' } as Record<
      MemberYearStatus,
      string
    >,
    methods: { cash: 'Cash', cheque: 'Cheque', transfer: 'Transfer' } as Record<PaymentMethod, string>,
  },
};

const money = (cents: number) => csvDecimal((cents / 100).toFixed(2), ';');
const day = (instant: Date | null) => (instant ? instant.toISOString().slice(0, 10) : '');

/** The year for the treasurer: one line per payment (a member without one: one line), French Excel's CSV. */
export function membershipCsv(year: number, members: MemberYearView[], lang: Language): { filename: string; body: string } {
  const t = lang === 'fr' ? TEXTS.fr : TEXTS.en;
  const rows: string[][] = [t.headers];
  for (const m of members) {
    const member = [
      m.name,
      t.kinds[m.kind],
      m.detail ?? '',
      String(year),
      t.statuses[m.status],
      day(m.charterAcceptedAt),
      money(m.feeCents),
      money(m.paidCents),
    ];
    if (m.payments.length === 0) rows.push([...member, '', '', '', '', '', '', '']);
    for (const p of m.payments) {
      rows.push([...member, p.receiptNumber, t.methods[p.method], p.paidOn, money(p.amountCents), p.reference ?? '', day(p.cancelledAt), p.cancelReason ?? '']);
    }
  }
  return { filename: `adhesions-${year}.csv`, body: writeCsv(rows, { quoteNumberLike: (column) => [0, 2, 8, 12].includes(column) }) };
}
