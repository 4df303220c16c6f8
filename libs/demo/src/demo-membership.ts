import type { DataSource } from 'typeorm';
import { queryRows } from '#database';

/** The demo association's terms: producers 30 €, hosts 20 €, lapsed members only flagged. */
const TERMS = {
  charter: {
    fr: 'En adhérant, je m’engage à accueillir chaleureusement les visiteurs munis du pass, à honorer les offres publiées et à tenir mes informations à jour.\n\nJe respecte les valeurs du réseau : produits du territoire, accueil à la ferme, transparence sur l’origine.',
    en: 'By joining, I undertake to welcome pass holders warmly, to honour the offers published and to keep my information up to date.\n\nI share the network’s values: local produce, a welcome on the farm, openness about where things come from.',
  },
  paymentInstructions: {
    fr: 'Par chèque à l’ordre de « Les Bons Plans de Gâtine », ou par virement : IBAN FR76 1234 5678 9012 3456 7890 123, en indiquant le nom de votre exploitation.',
    en: 'By cheque made out to “Les Bons Plans de Gâtine”, or by transfer: IBAN FR76 1234 5678 9012 3456 7890 123, with your business’s name as the reference.',
  },
};

/**
 * The year's membership (in SQL: libs/demo does not depend on the association's lib): every
 * host and most producers paid by cheque or transfer, the last two producers not yet — one has
 * accepted the charter — so that the coordinator's list has someone to remind.
 */
export async function seedDemoMembership(db: DataSource, territoryId: string, year: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO membership_terms (territory_id, year_starts_month, producer_fee_cents, host_fee_cents, charter, payment_instructions, lapsed_policy, grace_days)
       VALUES ($1, 1, 3000, 2000, $2, $3, 'flag', 60)`,
      [territoryId, TERMS.charter, TERMS.paymentInstructions],
    );
    const members = await queryRows<{ producerId: string | null; hostId: string | null; fee: number }>(
      tx,
      `SELECT id AS "producerId", NULL::uuid AS "hostId", 3000 AS fee, name FROM producers WHERE territory_id = $1
       UNION ALL SELECT NULL, id, 2000, id::text FROM memberships WHERE territory_id = $1 AND role = 'host'
       ORDER BY "hostId" NULLS FIRST, name`,
      [territoryId],
    );
    const producers = members.filter((m) => m.producerId);
    const unpaid = new Set(producers.slice(-2).map((m) => m.producerId));
    const charterOnly = producers.at(-2)?.producerId;
    let receipt = 0;
    for (const [i, member] of members.entries()) {
      const accepted = !unpaid.has(member.producerId) || member.producerId === charterOnly;
      const [row] = await queryRows<{ id: string }>(
        tx,
        `INSERT INTO member_years (territory_id, year, producer_id, host_membership_id, fee_cents, charter_accepted_at, lang)
         VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::boolean THEN least(now(), make_date($2::integer, 1, 10) + $7::integer * interval '1 day') END, 'fr') RETURNING id`,
        [territoryId, year, member.producerId, member.hostId, member.fee, accepted, i],
      );
      if (unpaid.has(member.producerId)) continue;
      receipt++;
      await tx.query(
        `INSERT INTO membership_payments (territory_id, member_year_id, year, receipt_number, method, paid_on, amount_cents, reference)
         VALUES ($1, $2, $3, $4, $5, least(current_date, make_date($3::integer, 1, 15) + $4::integer), $6, $7)`,
        [
          territoryId,
          row.id,
          year,
          receipt,
          i % 2 === 0 ? 'cheque' : 'transfer',
          member.fee,
          i % 2 === 0 ? `Chèque n° ${4_500_100 + i}` : `VIR ADHESION ${year}`,
        ],
      );
    }
  });
}
