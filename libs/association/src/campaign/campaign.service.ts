import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '#audit';
import { Actor, FieldConflict, invalidField, refusal, Refused, type Language } from '#common';
import { queryRows } from '#database';
import { Offer, Producer } from '#directory';
import { MembershipService } from '../membership/membership.service.js';
import type { OwnMemberYearView } from '../membership/member-year.view.js';
import { SeasonsService } from '../seasons/seasons.service.js';
import { Season } from '../seasons/season.entity.js';
import { seasonView } from '../seasons/season.view.js';
import { CampaignMailer } from './campaign-mailer.js';
import { CAMPAIGN_REFUSALS } from './campaign-refusals.js';
import type { CampaignProducerView, CampaignView, DecidedVia, HandedLinkView, OfferDecisionView, RemindedView, UnconfirmedOfferView } from './campaign.view.js';
import { readableChanges, type StoredChanges } from './readable-changes.js';
import type { SeasonAnswerDto, SeasonDecision } from './season-answer.dto.js';
import { SeasonAnswers } from './season-answers.js';
import { readSeasonLink, recordOpening, type SeasonLinkState } from './season-links.js';

/** What a producer's season page shows: its details, its offers and what it decided for each. */
export interface SeasonPage {
  season: Pick<Season, 'id' | 'name' | 'startsOn' | 'endsOn' | 'printDeadline'>;
  producer: Producer;
  offers: Offer[];
  decisions: Record<string, { decision: SeasonDecision; decidedVia: DecidedVia; decidedAt: Date }>;
  confirmedAt: Date | null;
  /** The territory's, for the times the page says. */
  timeZone: string;
  /** The membership year under way, when the business is not in good standing: the charter to accept, the fee and how to pay. */
  membershipReminder: OwnMemberYearView | null;
}

/** The coordinator's side of the campaign, and the producer's page behind its personal link. */
@Injectable()
export class CampaignService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly seasons: SeasonsService,
    private readonly answers: SeasonAnswers,
    private readonly mailer: CampaignMailer,
    private readonly audit: AuditService,
    private readonly membership: MembershipService,
  ) {}

  /** The link's page as its producer opens it (recording the opening), or why the link no longer works. */
  async openLink(token: string, opening = true): Promise<{ link: SeasonLinkState; page?: SeasonPage }> {
    const link = await readSeasonLink(this.dataSource, token);
    if (link.state !== 'valid') return { link };
    if (opening) await recordOpening(this.dataSource, link.seasonId, link.producerId);
    return { link, page: await this.page(link.seasonId, link.producerId) };
  }

  /** The producer's answer through its link: no password, no session, the link is the proof. */
  async answerByLink(token: string, answer: SeasonAnswerDto, lang: Language = 'fr'): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const link = await readSeasonLink(tx, token);
      if (link.state !== 'valid') throw new Refused(410, refusal(CAMPAIGN_REFUSALS, 'season_link_not_valid'));
      const season = await this.openSeason(link.seasonId);
      await this.answers.apply(tx, season, link.producerId, answer, { via: 'link', actor: Actor.anonymous(), confirms: true });
      if (answer.acceptCharter) await this.membership.acceptCharterThroughLink(tx, link.producerId, lang);
    });
  }

  /** The same page for the coordinator answering on the producer's behalf (a phone call). */
  async pageOnBehalf(seasonId: string, producerId: string, actor: Actor): Promise<SeasonPage> {
    await this.seasons.coordinated(seasonId, actor);
    await this.assertTakesPart(seasonId, producerId);
    return this.page(seasonId, producerId);
  }

  async answerOnBehalf(seasonId: string, producerId: string, answer: SeasonAnswerDto, actor: Actor): Promise<void> {
    const season = await this.openCoordinated(seasonId, actor);
    await this.dataSource.transaction((tx) => this.answers.apply(tx, season, producerId, answer, { via: 'coordinator', actor, confirms: true }));
  }

  /** The coordinator leaves an offer out of the season: it ends before the season, as if dropped. */
  async leaveOut(seasonId: string, offerId: string, actor: Actor): Promise<void> {
    const season = await this.openCoordinated(seasonId, actor);
    const [offer] = await queryRows<{ producerId: string }>(
      this.dataSource,
      `SELECT producer_id AS "producerId" FROM offers WHERE id = $1 AND territory_id = $2`,
      [offerId, season.territoryId],
    );
    if (!offer) throw invalidField('offerId', refusal(CAMPAIGN_REFUSALS, 'offer_not_of_producer'));
    await this.dataSource.transaction((tx) =>
      this.answers.apply(
        tx,
        season,
        offer.producerId,
        { offers: [{ offerId, decision: 'drop' }] },
        {
          via: 'coordinator',
          actor,
          confirms: false,
          auditAction: 'season_leave_out',
        },
      ),
    );
  }

  /** A fresh personal link for the coordinator to hand over to a producer taking part (no mail sent). */
  async handOverLink(seasonId: string, producerId: string, actor: Actor): Promise<HandedLinkView> {
    const season = await this.openCoordinated(seasonId, actor);
    await this.assertTakesPart(seasonId, producerId);
    return this.dataSource.transaction(async (tx) => {
      const url = await this.mailer.linkToHandOver(tx, seasonId, producerId, actor.userId);
      const [producer] = await queryRows<{ name: string }>(tx, `SELECT name FROM producers WHERE id = $1`, [producerId]);
      await this.auditLink(tx, actor, season, producerId, 'season_link_handed');
      return { url, producerName: producer.name };
    });
  }

  /** A fresh link mailed to each chosen producer (all that have not confirmed, unless chosen); the old links stop working. */
  async remind(seasonId: string, producerIds: string[] | undefined, actor: Actor): Promise<RemindedView> {
    const season = await this.openCoordinated(seasonId, actor);
    return this.dataSource.transaction(async (tx) => {
      const targets = await queryRows<{ producerId: string }>(
        tx,
        `SELECT producer_id AS "producerId" FROM season_producers
          WHERE season_id = $1 AND ($2::uuid[] IS NULL AND confirmed_at IS NULL OR producer_id = ANY($2::uuid[]))`,
        [seasonId, producerIds ?? null],
      );
      const mailed = await this.mailer.mail(
        tx,
        season,
        targets.map((row) => row.producerId),
        actor.userId,
        true,
      );
      for (const producerId of mailed) await this.auditLink(tx, actor, season, producerId, 'season_remind');
      return { reminded: mailed.length };
    });
  }

  async campaign(seasonId: string, actor: Actor): Promise<CampaignView> {
    const season = await this.seasons.coordinated(seasonId, actor);
    const producers = await queryRows<Omit<CampaignProducerView, 'businessChanges' | 'decisions'> & { businessChanges: StoredChanges }>(
      this.dataSource,
      `SELECT sp.producer_id AS "producerId", p.name, p.email, sp.mailed_at AS "mailedAt", sp.first_opened_at AS "firstOpenedAt",
              sp.last_opened_at AS "lastOpenedAt", sp.confirmed_at AS "confirmedAt", sp.confirmed_via AS "confirmedVia",
              coalesce(u.name, u.email) AS "confirmedBy", sp.business_changes AS "businessChanges"
         FROM season_producers sp JOIN producers p ON p.id = sp.producer_id LEFT JOIN users u ON u.id = sp.confirmed_by
        WHERE sp.season_id = $1 ORDER BY p.name`,
      [seasonId],
    );
    const decisions = await queryRows<Omit<OfferDecisionView, 'changes'> & { producerId: string; changes: StoredChanges }>(
      this.dataSource,
      `SELECT d.offer_id AS "offerId", d.producer_id AS "producerId", o.title->>'fr' AS title, d.decision, d.decided_via AS "decidedVia",
              coalesce(u.name, u.email) AS "decidedBy", d.decided_at AS "decidedAt", d.changes
         FROM season_decisions d JOIN offers o ON o.id = d.offer_id LEFT JOIN users u ON u.id = d.decided_by
        WHERE d.season_id = $1 ORDER BY o.created_at`,
      [seasonId],
    );
    const unconfirmedOffers = await queryRows<UnconfirmedOfferView>(
      this.dataSource,
      `SELECT o.id AS "offerId", o.producer_id AS "producerId", p.name AS "producerName", o.title->>'fr' AS title
         FROM season_producers sp JOIN producers p ON p.id = sp.producer_id
         JOIN offers o ON o.producer_id = sp.producer_id AND o.status <> 'archived'
        WHERE sp.season_id = $1 AND NOT EXISTS (SELECT 1 FROM season_decisions d WHERE d.season_id = sp.season_id AND d.offer_id = o.id)
        ORDER BY p.name, o.created_at`,
      [seasonId],
    );
    return {
      season: seasonView(season),
      producers: producers.map((p) => ({
        ...p,
        businessChanges: readableChanges(p.businessChanges),
        decisions: decisions
          .filter((d) => d.producerId === p.producerId)
          .map((d) => ({
            offerId: d.offerId,
            title: d.title,
            decision: d.decision,
            decidedVia: d.decidedVia,
            decidedBy: d.decidedBy,
            decidedAt: d.decidedAt,
            changes: readableChanges(d.changes),
          })),
      })),
      unconfirmedOffers,
    };
  }

  private async page(seasonId: string, producerId: string): Promise<SeasonPage> {
    const season = await this.seasonById(seasonId);
    const producer = await this.dataSource.getRepository(Producer).findOneByOrFail({ id: producerId });
    const offers = await this.dataSource
      .getRepository(Offer)
      .createQueryBuilder('o')
      .where(`o.producer_id = :producerId AND o.status <> 'archived'`, { producerId })
      .orderBy('o.created_at')
      .getMany();
    const decided = await queryRows<{ offerId: string; decision: SeasonDecision; decidedVia: DecidedVia; decidedAt: Date }>(
      this.dataSource,
      `SELECT offer_id AS "offerId", decision, decided_via AS "decidedVia", decided_at AS "decidedAt" FROM season_decisions WHERE season_id = $1 AND producer_id = $2`,
      [seasonId, producerId],
    );
    const [taking] = await queryRows<{ confirmedAt: Date | null; timeZone: string }>(
      this.dataSource,
      `SELECT sp.confirmed_at AS "confirmedAt", t.time_zone AS "timeZone"
         FROM season_producers sp JOIN territories t ON t.id = sp.territory_id WHERE sp.season_id = $1 AND sp.producer_id = $2`,
      [seasonId, producerId],
    );
    return {
      season: { id: season.id, name: season.name, startsOn: season.startsOn, endsOn: season.endsOn, printDeadline: season.printDeadline },
      producer,
      offers,
      decisions: Object.fromEntries(decided.map(({ offerId, ...d }) => [offerId, d])),
      confirmedAt: taking?.confirmedAt ?? null,
      timeZone: taking?.timeZone ?? 'Europe/Paris',
      membershipReminder: (await this.membership.reminderFor(producerId, producer.territoryId)) ?? null,
    };
  }

  private async assertTakesPart(seasonId: string, producerId: string): Promise<void> {
    const [taking] = await queryRows(this.dataSource, `SELECT 1 FROM season_producers WHERE season_id = $1 AND producer_id = $2`, [seasonId, producerId]);
    if (!taking) throw invalidField('producerId', refusal(CAMPAIGN_REFUSALS, 'producer_not_in_season'));
  }

  private seasonById(seasonId: string): Promise<Season> {
    return this.dataSource.getRepository(Season).findOneByOrFail({ id: seasonId });
  }

  private async openSeason(seasonId: string): Promise<Season> {
    const season = await this.seasonById(seasonId);
    if (season.closedAt) throw new FieldConflict('seasonId', refusal(CAMPAIGN_REFUSALS, 'season_closed'));
    return season;
  }

  /** A fresh link given to a producer (mailed as a reminder, or handed over), in the audit trail. */
  private auditLink(tx: EntityManager, actor: Actor, season: Season, producerId: string, action: 'season_remind' | 'season_link_handed') {
    return this.audit.record(tx, actor, {
      territoryId: season.territoryId,
      action,
      entityType: 'producer',
      entityId: producerId,
      after: { season: season.name },
    });
  }

  private async openCoordinated(seasonId: string, actor: Actor): Promise<Season> {
    const season = await this.seasons.coordinated(seasonId, actor);
    if (season.closedAt) throw new FieldConflict('seasonId', refusal(CAMPAIGN_REFUSALS, 'season_closed'));
    return season;
  }
}
