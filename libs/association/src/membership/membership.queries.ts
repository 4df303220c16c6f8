import type { DataSource, EntityManager } from 'typeorm';
import type { Language } from '#common';
import { queryRows } from '#database';
import type { MemberKind, MemberRef, MembershipTerms, MemberYearRow, PaymentMethod } from './member-year.js';

type Db = DataSource | EntityManager;

const TERMS_COLUMNS = `territory_id AS "territoryId", year_starts_month AS "yearStartsMonth", producer_fee_cents AS "producerFeeCents",
  host_fee_cents AS "hostFeeCents", charter, payment_instructions AS "paymentInstructions", lapsed_policy AS "lapsedPolicy",
  grace_days AS "graceDays", updated_at AS "updatedAt"`;

export async function termsOf(db: Db, territoryId: string, lock = false): Promise<MembershipTerms | undefined> {
  const [terms] = await queryRows<MembershipTerms>(db, `SELECT ${TERMS_COLUMNS} FROM membership_terms WHERE territory_id = $1 ${lock ? 'FOR UPDATE' : ''}`, [
    territoryId,
  ]);
  return terms;
}

/** The terms as a coordinator sets them: what the database adds is the territory and the time. */
export type TermsInput = Omit<MembershipTerms, 'territoryId' | 'updatedAt'>;

/** Saves the terms; the years under way of members not active who have paid nothing yet take the new fees. */
export async function saveTerms(tx: EntityManager, territoryId: string, terms: TermsInput, fromYear: number): Promise<MembershipTerms> {
  const [saved] = await queryRows<MembershipTerms>(
    tx,
    `INSERT INTO membership_terms (territory_id, year_starts_month, producer_fee_cents, host_fee_cents, charter, payment_instructions, lapsed_policy, grace_days)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (territory_id) DO UPDATE SET year_starts_month = $2, producer_fee_cents = $3, host_fee_cents = $4, charter = $5,
       payment_instructions = $6, lapsed_policy = $7, grace_days = $8, updated_at = now()
     RETURNING ${TERMS_COLUMNS}`,
    [
      territoryId,
      terms.yearStartsMonth,
      terms.producerFeeCents,
      terms.hostFeeCents,
      terms.charter,
      terms.paymentInstructions,
      terms.lapsedPolicy,
      terms.graceDays,
    ],
  );
  await tx.query(
    `UPDATE member_years SET fee_cents = CASE WHEN producer_id IS NULL THEN $3::integer ELSE $2::integer END, updated_at = now()
      WHERE territory_id = $1 AND year >= $4 AND paid_cents = 0 AND NOT active
        AND NOT EXISTS (SELECT 1 FROM membership_payments mp WHERE mp.member_year_id = member_years.id)`,
    [territoryId, terms.producerFeeCents, terms.hostFeeCents, fromYear],
  );
  return saved;
}

/**
 * Every member of a territory for a year (producers not archived, hosts not suspended, and whoever
 * had a membership that year), with its row of the year if it has one. Empty without terms.
 */
export function membersOfYear(db: Db, territoryId: string, year: number, today: string, only?: { kind?: MemberKind; id?: string }): Promise<MemberYearRow[]> {
  const params: unknown[] = [territoryId, year, today];
  const kind = only?.kind ? `AND m.kind = $${params.push(only.kind)}` : '';
  const one = only?.id ? `AND m.member_id = $${params.push(only.id)}` : '';
  return queryRows<MemberYearRow>(
    db,
    `SELECT m.kind, m.member_id AS "memberId", m.name, m.detail, my.id AS "memberYearId",
            coalesce(my.fee_cents, CASE m.kind WHEN 'producer' THEN t.producer_fee_cents ELSE t.host_fee_cents END) AS "feeCents",
            coalesce(my.paid_cents, 0) AS "paidCents", my.charter_accepted_at AS "charterAcceptedAt",
            coalesce(my.lang, (SELECT languages[1] FROM territories WHERE id = t.territory_id)) AS lang, my.reminded_at AS "remindedAt",
            EXISTS (SELECT 1 FROM member_years prev WHERE prev.year = $2 - 1 AND prev.active
                     AND (prev.producer_id = m.member_id OR prev.host_membership_id = m.member_id)) AS "activeYearBefore",
            $3::date >= make_date($2, t.year_starts_month, 1) + t.grace_days AS "graceOver"
       FROM membership_terms t
       CROSS JOIN LATERAL (
         SELECT 'producer' AS kind, p.id AS member_id, p.name, NULL::text AS detail
           FROM producers p
          WHERE p.territory_id = t.territory_id
            AND (p.status <> 'archived' OR EXISTS (SELECT 1 FROM member_years y WHERE y.producer_id = p.id AND y.year = $2))
         UNION ALL
         SELECT 'host', hm.id, coalesce(u.name, u.email),
                (SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM host_accommodations ha JOIN accommodations a ON a.id = ha.accommodation_id WHERE ha.membership_id = hm.id)
           FROM memberships hm JOIN users u ON u.id = hm.user_id
          WHERE hm.territory_id = t.territory_id AND hm.role = 'host'
            AND (hm.status <> 'suspended' OR EXISTS (SELECT 1 FROM member_years y WHERE y.host_membership_id = hm.id AND y.year = $2))
       ) m
       LEFT JOIN member_years my ON my.year = $2 AND (CASE WHEN m.kind = 'producer' THEN my.producer_id ELSE my.host_membership_id END) = m.member_id
      WHERE t.territory_id = $1 ${kind} ${one}
      ORDER BY m.kind DESC, lower(m.name), m.member_id`,
    params,
  );
}

/** The member's row of the year, made (with the terms' fee) if it had none; locked until `tx` ends. */
export async function memberYearFor(tx: EntityManager, territoryId: string, year: number, member: MemberRef, feeCents: number): Promise<{ id: string }> {
  const column = member.kind === 'producer' ? 'producer_id' : 'host_membership_id';
  await tx.query(`INSERT INTO member_years (territory_id, year, ${column}, fee_cents) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
    territoryId,
    year,
    member.id,
    feeCents,
  ]);
  const [row] = await queryRows<{ id: string }>(tx, `SELECT id FROM member_years WHERE ${column} = $1 AND year = $2 FOR UPDATE`, [member.id, year]);
  return row;
}

export interface PaymentRow {
  id: string;
  territoryId: string;
  memberYearId: string;
  year: number;
  receiptNumber: number;
  method: PaymentMethod;
  paidOn: string;
  amountCents: number;
  reference: string | null;
  recordedAt: Date;
  cancelledAt: Date | null;
  cancelReason: string | null;
  memberKind: MemberKind;
  memberId: string;
}

const PAYMENT_COLUMNS = `mp.id, mp.territory_id AS "territoryId", mp.member_year_id AS "memberYearId", mp.year, mp.receipt_number AS "receiptNumber",
  mp.method, mp.paid_on::text AS "paidOn", mp.amount_cents AS "amountCents", mp.reference, mp.recorded_at AS "recordedAt",
  mp.cancelled_at AS "cancelledAt", mp.cancel_reason AS "cancelReason",
  CASE WHEN my.producer_id IS NULL THEN 'host' ELSE 'producer' END AS "memberKind", coalesce(my.producer_id, my.host_membership_id) AS "memberId"`;

/** The year's payments of the territory, or of one member only. */
export function paymentsOfYear(db: Db, territoryId: string, year: number, member?: MemberRef): Promise<PaymentRow[]> {
  const params: unknown[] = [territoryId, year];
  const one = member ? `AND coalesce(my.producer_id, my.host_membership_id) = $${params.push(member.id)}` : '';
  return queryRows<PaymentRow>(
    db,
    `SELECT ${PAYMENT_COLUMNS} FROM membership_payments mp JOIN member_years my ON my.id = mp.member_year_id
      WHERE mp.territory_id = $1 AND mp.year = $2 ${one} ORDER BY mp.receipt_number`,
    params,
  );
}

export async function paymentById(db: Db, id: string, lock = false): Promise<PaymentRow | undefined> {
  const [row] = await queryRows<PaymentRow>(
    db,
    `SELECT ${PAYMENT_COLUMNS} FROM membership_payments mp JOIN member_years my ON my.id = mp.member_year_id WHERE mp.id = $1 ${lock ? 'FOR UPDATE OF mp' : ''}`,
    [id],
  );
  return row;
}

export interface NewPayment {
  territoryId: string;
  memberYearId: string;
  year: number;
  method: PaymentMethod;
  paidOn: string;
  amountCents: number;
  reference: string | null;
  recordedBy: string | null;
}

/** Numbered after the territory's last receipt of the year: callers hold the terms row locked, so two payments never share a number. */
export async function insertPayment(tx: EntityManager, payment: NewPayment): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    tx,
    `INSERT INTO membership_payments (territory_id, member_year_id, year, receipt_number, method, paid_on, amount_cents, reference, recorded_by)
     SELECT $1, $2, $3, coalesce(max(receipt_number), 0) + 1, $4, $5, $6, $7, $8 FROM membership_payments WHERE territory_id = $1 AND year = $3
     RETURNING id`,
    [payment.territoryId, payment.memberYearId, payment.year, payment.method, payment.paidOn, payment.amountCents, payment.reference, payment.recordedBy],
  );
  return row.id;
}

export async function cancelPaymentRow(tx: EntityManager, id: string, reason: string, by: string | null): Promise<void> {
  await tx.query(`UPDATE membership_payments SET cancelled_at = now(), cancelled_by = $3, cancel_reason = $2 WHERE id = $1`, [id, reason, by]);
}

export async function acceptCharterRow(tx: EntityManager, memberYearId: string, by: string | null, lang: Language): Promise<void> {
  await tx.query(
    `UPDATE member_years SET charter_accepted_at = coalesce(charter_accepted_at, now()), charter_accepted_by = coalesce(charter_accepted_by, $2), lang = $3, updated_at = now() WHERE id = $1`,
    [memberYearId, by, lang],
  );
}

/** Who a reminder reaches: the member's people with an account, else a producer's business address. */
export async function recipientsOf(db: Db, member: MemberRef): Promise<{ userIds: string[]; businessEmail: string | null }> {
  const people = await queryRows<{ id: string }>(
    db,
    member.kind === 'producer'
      ? `SELECT DISTINCT u.id FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE m.producer_id = $1 AND m.role = 'producer' AND m.status = 'active' AND u.status = 'active'`
      : `SELECT u.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.id = $1 AND m.role = 'host' AND m.status <> 'suspended' AND u.status = 'active'`,
    [member.id],
  );
  if (people.length > 0 || member.kind === 'host') return { userIds: people.map((p) => p.id), businessEmail: null };
  const [business] = await queryRows<{ email: string | null }>(db, `SELECT email FROM producers WHERE id = $1`, [member.id]);
  return { userIds: [], businessEmail: business?.email ?? null };
}

export async function markReminded(tx: EntityManager, memberYearId: string): Promise<void> {
  await tx.query(`UPDATE member_years SET reminded_at = now(), updated_at = now() WHERE id = $1`, [memberYearId]);
}

/** A host's role rows (`memberships`, role host) of a person, with their territory. */
export function hostRolesOf(db: Db, userId: string): Promise<{ id: string; territoryId: string }[]> {
  return queryRows<{ id: string; territoryId: string }>(
    db,
    `SELECT m.id, m.territory_id AS "territoryId" FROM memberships m WHERE m.user_id = $1 AND m.role = 'host' AND m.status = 'active' ORDER BY m.created_at`,
    [userId],
  );
}

/** The territory a host role row belongs to. */
export async function hostRole(db: Db, membershipId: string): Promise<{ id: string; territoryId: string; userId: string } | undefined> {
  const [row] = await queryRows<{ id: string; territoryId: string; userId: string }>(
    db,
    `SELECT id, territory_id AS "territoryId", user_id AS "userId" FROM memberships WHERE id = $1 AND role = 'host'`,
    [membershipId],
  );
  return row;
}
