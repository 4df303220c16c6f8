import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Actor, APP_CONFIG, type AppConfig, denied, FieldConflict, invalidField, type Language, numberFormat, refusal, todayIn, withRefusal } from '#common';
import { MailOutbox, Notices } from '#accounts';
import { AuditService } from '#audit';
import { queryRows } from '#database';
import { ProducersService, type Territory, TerritoriesService } from '#directory';
import { type MemberRef, type MembershipTerms, type MemberYearRow, membershipYearOf, receiptLabel, standingOf } from './member-year.js';
import type { AcceptCharterDto, CancelPaymentDto, MembershipTermsDto, RecordPaymentDto, SendRemindersDto } from './membership.dto.js';
import { MEMBERSHIP_REFUSALS } from './membership-refusals.js';
import * as q from './membership.queries.js';
import type { MembershipTermsView, MemberYearView, OwnMemberYearView, PaymentView, RemindersSentView } from './member-year.view.js';
import { reminderMail } from './reminder-mail.js';

/** What a receipt prints. */
export interface Receipt {
  payment: PaymentView;
  member: { kind: MemberRef['kind']; name: string; detail: string | null };
  territory: { name: string; contactEmail: string | null; contactPhone: string | null; website: string | null };
  feeCents: number;
}

const euros = (lang: Language, cents: number) => numberFormat(lang, { style: 'currency', currency: 'EUR' }).format(cents / 100);

/**
 * The association's members and their years: terms (coordinators), the charter (the member
 * itself), payments and reminders (coordinators). Each change and its audit entry share a transaction.
 */
@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly territories: TerritoriesService,
    private readonly producers: ProducersService,
    private readonly audit: AuditService,
    private readonly outbox: MailOutbox,
    private readonly notices: Notices,
  ) {}

  /** The terms, or undefined when the territory does not manage membership (coordinators). */
  async terms(territoryId: string, actor: Actor): Promise<MembershipTermsView | undefined> {
    const territory = await this.territories.assertCoordinates(territoryId, actor);
    const terms = await q.termsOf(this.dataSource, territoryId);
    return terms && this.termsView(terms, territory);
  }

  async saveTerms(territoryId: string, dto: MembershipTermsDto, actor: Actor): Promise<MembershipTermsView> {
    const territory = await this.territories.assertCoordinates(territoryId, actor);
    return this.dataSource.transaction(async (tx) => {
      const before = await q.termsOf(tx, territoryId, true);
      const saved = await q.saveTerms(tx, territoryId, dto, membershipYearOf(todayIn(territory.timeZone), dto.yearStartsMonth));
      await this.audit.record(tx, actor, {
        territoryId,
        action: before ? 'update' : 'create',
        entityType: 'membership_terms',
        entityId: territoryId,
        before,
        after: saved,
      });
      return this.termsView(saved, territory);
    });
  }

  /** Every member of the year with its standing and payments (coordinators). */
  async members(territoryId: string, year: number | undefined, actor: Actor): Promise<{ year: number; terms: MembershipTerms; members: MemberYearView[] }> {
    const territory = await this.territories.assertCoordinates(territoryId, actor);
    const terms = await this.requireTerms(territoryId);
    const chosen = year ?? this.currentYear(terms, territory);
    const [rows, payments] = await Promise.all([
      q.membersOfYear(this.dataSource, territoryId, chosen, todayIn(territory.timeZone)),
      q.paymentsOfYear(this.dataSource, territoryId, chosen),
    ]);
    return { year: chosen, terms, members: rows.map((row) => this.memberView(row, chosen, terms, payments)) };
  }

  /** A producer's year, for its own people and its coordinators; undefined when its territory does not manage membership. */
  async producerYear(producerId: string, year: number | undefined, actor: Actor): Promise<OwnMemberYearView | undefined> {
    const producer = await this.producers.editable(producerId, actor);
    return this.ownYear(producer.territoryId, { kind: 'producer', id: producer.id }, year);
  }

  /** A host's year, for the host itself and its coordinators. */
  async hostYear(membershipId: string, year: number | undefined, actor: Actor): Promise<OwnMemberYearView | undefined> {
    const role = await this.hostRole(membershipId, actor, false);
    return this.ownYear(role.territoryId, { kind: 'host', id: role.id }, year);
  }

  /** The host roles of the person asking, with the territory of each. */
  hostRolesOf(actor: Actor): Promise<{ id: string; territoryId: string }[]> {
    return actor.userId ? q.hostRolesOf(this.dataSource, actor.userId) : Promise.resolve([]);
  }

  /** The member itself accepts the charter of the year (not its coordinator: the commitment is the member's). */
  async acceptCharter(member: MemberRef, dto: AcceptCharterDto, actor: Actor): Promise<OwnMemberYearView> {
    const territoryId =
      member.kind === 'producer' ? (await this.producers.ownBusiness(member.id, actor)).territoryId : (await this.hostRole(member.id, actor, true)).territoryId;
    await this.dataSource.transaction(async (tx) => {
      const terms = await this.requireTerms(territoryId, tx);
      await this.recordCharter(tx, territoryId, terms, member, dto.year, dto.lang ?? 'fr', actor);
    });
    return (await this.ownYear(territoryId, member, dto.year))!;
  }

  /**
   * A producer accepts the charter of the year under way from its season link, in the caller's
   * transaction: the personal link is its proof, as an invitation's is (nothing where the
   * territory does not manage membership).
   */
  async acceptCharterThroughLink(tx: EntityManager, producerId: string, lang: Language): Promise<void> {
    const [producer] = await queryRows<{ territoryId: string; timeZone: string }>(
      tx,
      `SELECT p.territory_id AS "territoryId", t.time_zone AS "timeZone" FROM producers p JOIN territories t ON t.id = p.territory_id WHERE p.id = $1`,
      [producerId],
    );
    const terms = producer && (await q.termsOf(tx, producer.territoryId));
    if (!terms) return;
    const year = this.currentYear(terms, producer);
    await this.recordCharter(tx, producer.territoryId, terms, { kind: 'producer', id: producerId }, year, lang, Actor.anonymous());
  }

  /** The producer's year under way when it is not in good standing (what the season page reminds it of); undefined otherwise. */
  async reminderFor(producerId: string, territoryId: string): Promise<OwnMemberYearView | undefined> {
    // a producer that is not (or no longer) a member of the year has nothing to be reminded of; anything else is a fault
    const year = await this.ownYear(territoryId, { kind: 'producer', id: producerId }, undefined).catch((error: unknown) => {
      if (error instanceof NotFoundException) return undefined;
      throw error;
    });
    return year && !year.active ? year : undefined;
  }

  private async recordCharter(tx: EntityManager, territoryId: string, terms: MembershipTerms, member: MemberRef, year: number, lang: Language, actor: Actor) {
    const row = await q.memberYearFor(tx, territoryId, year, member, this.feeOf(terms, member));
    const before = await this.rowOf(tx, row.id);
    await q.acceptCharterRow(tx, row.id, actor.userId, lang);
    await this.audit.record(tx, actor, {
      territoryId,
      action: 'accept_charter',
      entityType: 'member_year',
      entityId: row.id,
      before,
      after: await this.rowOf(tx, row.id),
    });
  }

  /** A payment received (coordinators): numbered per territory and year, under the terms' lock. */
  async recordPayment(territoryId: string, dto: RecordPaymentDto, actor: Actor): Promise<PaymentView> {
    const territory = await this.territories.assertCoordinates(territoryId, actor);
    const id = await this.dataSource.transaction(async (tx) => {
      const terms = await this.requireTerms(territoryId, tx, true);
      const member: MemberRef = { kind: dto.memberKind, id: dto.memberId };
      const [known] = await q.membersOfYear(tx, territoryId, dto.year, todayIn(territory.timeZone), member);
      if (!known) throw invalidField('memberId', refusal(MEMBERSHIP_REFUSALS, 'not_a_member'));
      const row = await q.memberYearFor(tx, territoryId, dto.year, member, this.feeOf(terms, member));
      const paymentId = await q.insertPayment(tx, {
        territoryId,
        memberYearId: row.id,
        year: dto.year,
        method: dto.method,
        paidOn: dto.paidOn,
        amountCents: dto.amountCents,
        reference: dto.reference?.trim() || null,
        recordedBy: actor.userId,
      });
      const payment = await q.paymentById(tx, paymentId);
      await this.audit.record(tx, actor, { territoryId, action: 'record_payment', entityType: 'membership_payment', entityId: paymentId, after: payment });
      return paymentId;
    });
    return paymentView((await q.paymentById(this.dataSource, id))!);
  }

  /** A payment cancelled with its reason (coordinators): it stays, with its receipt number, struck out. */
  async cancelPayment(paymentId: string, dto: CancelPaymentDto, actor: Actor): Promise<PaymentView> {
    const found = await q.paymentById(this.dataSource, paymentId);
    if (!found || !actor.coordinates(found.territoryId)) throw denied(actor, found !== undefined && actor.isMemberOf(found.territoryId), 'payment', 'cancel');
    await this.dataSource.transaction(async (tx) => {
      const before = (await q.paymentById(tx, paymentId, true))!;
      if (before.cancelledAt) throw new FieldConflict('reason', refusal(MEMBERSHIP_REFUSALS, 'payment_cancelled'));
      await q.cancelPaymentRow(tx, paymentId, dto.reason.trim(), actor.userId);
      const after = await q.paymentById(tx, paymentId);
      await this.audit.record(tx, actor, {
        territoryId: found.territoryId,
        action: 'cancel_payment',
        entityType: 'membership_payment',
        entityId: paymentId,
        before,
        after,
      });
    });
    return paymentView((await q.paymentById(this.dataSource, paymentId))!);
  }

  /** What a payment's receipt prints: for its coordinators and the member who paid. */
  async receipt(paymentId: string, actor: Actor): Promise<Receipt> {
    const payment = await q.paymentById(this.dataSource, paymentId);
    const mine =
      payment && (payment.memberKind === 'producer' ? actor.ownsProducer(payment.memberId) : actor.memberships.some((m) => m.id === payment.memberId));
    if (!payment || !(mine || actor.coordinates(payment.territoryId))) throw denied(actor, false, 'payment', 'read');
    const territory = await this.territories.get(payment.territoryId);
    const [member] = await q.membersOfYear(this.dataSource, payment.territoryId, payment.year, todayIn(territory.timeZone), {
      kind: payment.memberKind,
      id: payment.memberId,
    });
    return {
      payment: paymentView(payment),
      member: { kind: payment.memberKind, name: member?.name ?? '', detail: member?.detail ?? null },
      territory: { name: territory.name, contactEmail: territory.contactEmail, contactPhone: territory.contactPhone, website: territory.website },
      feeCents: member?.feeCents ?? payment.amountCents,
    };
  }

  /** Reminds the members not active this year (all, or those named), each in its language; audited per member. */
  async remind(territoryId: string, dto: SendRemindersDto, actor: Actor): Promise<RemindersSentView> {
    const territory = await this.territories.assertCoordinates(territoryId, actor);
    const named = dto.members && new Set(dto.members.map((m) => `${m.kind}:${m.id}`));
    return this.dataSource.transaction(async (tx) => {
      const terms = await this.requireTerms(territoryId, tx);
      const rows = await q.membersOfYear(tx, territoryId, dto.year, todayIn(territory.timeZone));
      const due = rows.filter((row) => !standingOf(row).active && (!named || named.has(`${row.kind}:${row.memberId}`)));
      let mails = 0;
      for (const row of due) {
        const member: MemberRef = { kind: row.kind, id: row.memberId };
        const recipients = await q.recipientsOf(tx, member);
        const standing = standingOf(row);
        const mail = (lang: 'fr' | 'en') =>
          reminderMail(lang, {
            territory: territory.name,
            member: row.name,
            year: dto.year,
            fee: euros(lang, row.feeCents - row.paidCents),
            charterAccepted: standing.charterAccepted,
            paid: standing.paid,
            paymentInstructions: terms.paymentInstructions,
            link: `${this.config.publicBaseUrl}${row.kind === 'producer' ? `/app/producer/${row.memberId}/membership` : '/app/host/membership'}`,
            contactEmail: territory.contactEmail,
          });
        // the people read it in their own language, in their Messages too; a business address in the language of the last charter
        const noticed = await this.notices.notify(tx, { userIds: recipients.userIds, kind: 'membership', compose: (lang) => mail(lang) });
        if (recipients.businessEmail) await this.outbox.enqueueTo(tx, [recipients.businessEmail], mail(row.lang === 'fr' ? 'fr' : 'en'));
        mails += noticed.mailed + (recipients.businessEmail && this.outbox.delivers ? 1 : 0);
        const memberYear = await q.memberYearFor(tx, territoryId, dto.year, member, this.feeOf(terms, member));
        await q.markReminded(tx, memberYear.id);
        await this.audit.record(tx, actor, {
          territoryId,
          action: 'remind',
          entityType: 'member_year',
          entityId: memberYear.id,
          after: { recipients: recipients.userIds.length + (recipients.businessEmail ? 1 : 0) },
        });
      }
      return { reminded: due.length, mails };
    });
  }

  /** The membership year under way in a territory (its time zone's today). */
  currentYear(terms: Pick<MembershipTerms, 'yearStartsMonth'>, territory: Pick<Territory, 'timeZone'>, now = new Date()): number {
    return membershipYearOf(todayIn(territory.timeZone, now), terms.yearStartsMonth);
  }

  private async ownYear(territoryId: string, member: MemberRef, year: number | undefined): Promise<OwnMemberYearView | undefined> {
    const terms = await q.termsOf(this.dataSource, territoryId);
    if (!terms) return undefined;
    const territory = await this.territories.get(territoryId);
    const chosen = year ?? this.currentYear(terms, territory);
    const [[row], payments] = await Promise.all([
      q.membersOfYear(this.dataSource, territoryId, chosen, todayIn(territory.timeZone), member),
      q.paymentsOfYear(this.dataSource, territoryId, chosen, member),
    ]);
    if (!row) throw withRefusal(new NotFoundException('No such member'), refusal(MEMBERSHIP_REFUSALS, 'not_a_member'));
    return {
      ...this.memberView(row, chosen, terms, payments),
      charter: terms.charter,
      paymentInstructions: terms.paymentInstructions,
      lapsedPolicy: terms.lapsedPolicy,
    };
  }

  private memberView(row: MemberYearRow, year: number, terms: MembershipTerms, payments: q.PaymentRow[]): MemberYearView {
    const standing = standingOf(row);
    return {
      kind: row.kind,
      memberId: row.memberId,
      name: row.name,
      detail: row.detail,
      year,
      ...standing,
      charterAcceptedAt: row.charterAcceptedAt,
      offersWithheld: standing.status === 'lapsed' && row.kind === 'producer' && terms.lapsedPolicy === 'hide',
      feeCents: row.feeCents,
      paidCents: row.paidCents,
      lang: row.lang,
      remindedAt: row.remindedAt,
      payments: payments.filter((p) => p.memberYearId === row.memberYearId).map(paymentView),
    };
  }

  private termsView(terms: MembershipTerms, territory: Territory): MembershipTermsView {
    return { ...terms, currentYear: this.currentYear(terms, territory) };
  }

  private async requireTerms(territoryId: string, db: DataSource | EntityManager = this.dataSource, lock = false): Promise<MembershipTerms> {
    const terms = await q.termsOf(db, territoryId, lock);
    if (!terms) throw withRefusal(new NotFoundException('No membership terms'), refusal(MEMBERSHIP_REFUSALS, 'no_membership_terms'));
    return terms;
  }

  private feeOf(terms: MembershipTerms, member: MemberRef): number {
    return member.kind === 'producer' ? terms.producerFeeCents : terms.hostFeeCents;
  }

  /** A host role row, for the host itself (and, unless `ownOnly`, its territory's coordinators). */
  private async hostRole(membershipId: string, actor: Actor, ownOnly: boolean): Promise<{ id: string; territoryId: string }> {
    const role = await q.hostRole(this.dataSource, membershipId);
    const own = role !== undefined && role.userId === actor.userId;
    const coordinates = role !== undefined && actor.coordinates(role.territoryId);
    if (!role || !(own || (!ownOnly && coordinates))) throw denied(actor, coordinates, 'host membership', 'act for');
    return role;
  }

  private async rowOf(tx: EntityManager, id: string): Promise<object | undefined> {
    const [row] = await queryRows<object>(
      tx,
      `SELECT fee_cents AS "feeCents", charter_accepted_at AS "charterAcceptedAt", lang FROM member_years WHERE id = $1`,
      [id],
    );
    return row;
  }
}

export function paymentView(row: q.PaymentRow): PaymentView {
  return {
    id: row.id,
    year: row.year,
    receiptNumber: receiptLabel(row.year, row.receiptNumber),
    memberKind: row.memberKind,
    memberId: row.memberId,
    method: row.method,
    paidOn: row.paidOn,
    amountCents: row.amountCents,
    reference: row.reference,
    recordedAt: row.recordedAt,
    cancelledAt: row.cancelledAt,
    cancelReason: row.cancelReason,
  };
}
