import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailOutbox } from '#accounts';
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

/**
 * The language a business's people read. The people have no language of their own yet: the
 * territory's first. MERGE (mail): the reader's language of the mail branch goes here.
 */
const readerLanguage = (territory: Territory): Language => territory.languages[0] ?? 'fr';

/** Mails each producer with an e-mail a fresh personal link (its earlier ones stop working), once `tx` commits. */
@Injectable()
export class CampaignMailer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutbox,
  ) {}

  /** Answers the producers mailed: none without a mail server (a link nobody receives is not made). */
  async mail(tx: EntityManager, season: MailedSeason, producerIds: string[], createdBy: string | null, reminder: boolean): Promise<string[]> {
    if (!this.outbox.delivers || producerIds.length === 0) return [];
    const territory = await tx.findOneByOrFail(Territory, { id: season.territoryId });
    const producers = await queryRows<{ id: string; name: string; email: string }>(
      tx,
      `SELECT id, name, email FROM producers WHERE id = ANY($1::uuid[]) AND email IS NOT NULL ORDER BY name`,
      [producerIds],
    );
    for (const producer of producers) {
      const token = await issueSeasonLink(tx, { seasonId: season.id, producerId: producer.id, createdBy });
      const mail = campaignMail(readerLanguage(territory), {
        producerName: producer.name,
        seasonName: season.name,
        territoryName: territory.name,
        url: `${this.config.publicBaseUrl}${seasonPagePath(token)}`,
        printDeadline: season.printDeadline,
        reminder,
      });
      await this.outbox.enqueueTo(tx, [producer.email], mail);
    }
    const mailed = producers.map((p) => p.id);
    await tx.query(`UPDATE season_producers SET mailed_at = now() WHERE season_id = $1 AND producer_id = ANY($2::uuid[])`, [season.id, mailed]);
    return mailed;
  }
}
