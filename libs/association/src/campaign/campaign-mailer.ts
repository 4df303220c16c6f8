import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailOutbox, Notices } from '#accounts';
import { APP_CONFIG, type AppConfig, type Language } from '#common';
import { queryRows } from '#database';
import { Territory } from '#directory';
import { campaignMail } from './campaign-mail.js';
import { issueSeasonLink } from './season-links.js';

export interface MailedSeason {
  id: string;
  territoryId: string;
  name: string;
  printDeadline: string;
}

/** The address of a producer's season page (apps/portal/src/season). */
export const seasonPagePath = (token: string) => `/app/season/${token}`;

/** The business address is read in the territory's first language: nobody chose one for it. */
const businessLanguage = (territory: Territory): Language => territory.languages[0] ?? 'fr';

interface MailedProducer {
  id: string;
  name: string;
  email: string | null;
  /** Its people with an account, and whether one of them reads mail at the business address. */
  people: string[];
  personAtBusinessAddress: boolean;
}

/**
 * Sends each producer a fresh personal link (its earlier ones stop working), once `tx` commits:
 * to its people with an account as a notice (their Messages, their language, their choice to
 * be mailed or not), and to the business address when none of them reads it — a farm without
 * an account is the common case, and the link is all it needs.
 */
@Injectable()
export class CampaignMailer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutbox,
    private readonly notices: Notices,
  ) {}

  /**
   * A fresh link for the coordinator to hand over (a text message, a call, a note in the letterbox):
   * a farm without e-mail, or a territory without a mail server. Its earlier links stop working.
   */
  async linkToHandOver(tx: EntityManager, seasonId: string, producerId: string, createdBy: string | null): Promise<string> {
    return `${this.config.publicBaseUrl}${seasonPagePath(await issueSeasonLink(tx, { seasonId, producerId, createdBy }))}`;
  }

  /** Answers the producers mailed: none without a mail server (a link nobody receives is not made). */
  async mail(tx: EntityManager, season: MailedSeason, producerIds: string[], createdBy: string | null, reminder: boolean): Promise<string[]> {
    if (!this.outbox.delivers || producerIds.length === 0) return [];
    const territory = await tx.findOneByOrFail(Territory, { id: season.territoryId });
    const producers = await queryRows<MailedProducer>(
      tx,
      `SELECT p.id, p.name, p.email,
              coalesce(array_agg(u.id) FILTER (WHERE u.id IS NOT NULL), '{}') AS people,
              coalesce(bool_or(lower(u.email) = lower(p.email)), false) AS "personAtBusinessAddress"
         FROM producers p
         LEFT JOIN memberships m ON m.producer_id = p.id AND m.role = 'producer' AND m.status = 'active'
         LEFT JOIN users u ON u.id = m.user_id AND u.erased_at IS NULL
        WHERE p.id = ANY($1::uuid[])
        GROUP BY p.id ORDER BY p.name`,
      [producerIds],
    );
    const reached: MailedProducer[] = [];
    for (const producer of producers) {
      const toBusiness = producer.email !== null && !producer.personAtBusinessAddress;
      if (!toBusiness && producer.people.length === 0) continue;
      const token = await issueSeasonLink(tx, { seasonId: season.id, producerId: producer.id, createdBy });
      const mail = (lang: Language) =>
        campaignMail(lang, {
          producerName: producer.name,
          seasonName: season.name,
          territoryName: territory.name,
          url: `${this.config.publicBaseUrl}${seasonPagePath(token)}`,
          printDeadline: season.printDeadline,
          reminder,
        });
      if (toBusiness) await this.outbox.enqueueTo(tx, [producer.email!], mail(businessLanguage(territory)));
      if (producer.people.length > 0) await this.notices.notify(tx, { userIds: producer.people, kind: 'campaign', compose: (lang) => mail(lang) });
      reached.push(producer);
    }
    const mailed = reached.map((p) => p.id);
    await tx.query(`UPDATE season_producers SET mailed_at = now() WHERE season_id = $1 AND producer_id = ANY($2::uuid[])`, [season.id, mailed]);
    return mailed;
  }
}
