import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Notices } from '#accounts';
import { APP_CONFIG, translate, type AppConfig, type TranslatedText } from '#common';
import { queryRows } from '#database';
import { figuresFormat } from '#insights';
import { DIGEST_TEXTS } from './digest-texts.js';
import { claimSends } from './scheduled-sends.js';
import { addDays, type TerritoryTime } from './territory-times.js';

interface EndingOffer {
  id: string;
  producerId: string;
  producerName: string;
  title: TranslatedText;
  validTo: string;
}

/** How far ahead an offer's end is announced. */
export const ENDING_WITHIN_DAYS = 7;

/**
 * Once a day: the people of a producer whose published offers end within 7 days are told, once per
 * offer and end date (an offer extended, then ending again, is told again). A day missed (no
 * instance running) is caught up the next day: the offer is then told a little closer to its end.
 */
@Injectable()
export class OffersEndingSends {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notices: Notices,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Answers how many producers were told. */
  async send(time: TerritoryTime): Promise<number> {
    const offers = await queryRows<EndingOffer>(
      this.dataSource,
      `SELECT o.id, o.producer_id AS "producerId", p.name AS "producerName", o.title, o.valid_to::text AS "validTo"
         FROM offers o JOIN producers p ON p.id = o.producer_id
        WHERE o.territory_id = $1 AND o.status = 'published' AND o.valid_to BETWEEN $2::date + 1 AND $3::date
          AND NOT EXISTS (SELECT 1 FROM scheduled_sends s WHERE s.job = 'offers_ending' AND s.key = o.id || ':' || o.valid_to)
        ORDER BY o.valid_to, o.id`,
      [time.territoryId, time.today, addDays(time.today, ENDING_WITHIN_DAYS)],
    );
    if (offers.length === 0) return 0;
    return this.dataSource.transaction(async (tx) => {
      const claimed = await claimSends(
        tx,
        'offers_ending',
        offers.map((o) => `${o.id}:${o.validTo}`),
      );
      const byProducer = new Map<string, EndingOffer[]>();
      for (const offer of offers.filter((o) => claimed.has(`${o.id}:${o.validTo}`)))
        byProducer.set(offer.producerId, [...(byProducer.get(offer.producerId) ?? []), offer]);
      if (byProducer.size === 0) return 0;
      const people = await queryRows<{ producerId: string; userIds: string[] }>(
        tx,
        `SELECT producer_id AS "producerId", array_agg(DISTINCT user_id) AS "userIds" FROM memberships
          WHERE role = 'producer' AND status = 'active' AND producer_id = ANY($1::uuid[]) GROUP BY producer_id`,
        [[...byProducer.keys()]],
      );
      for (const { producerId, userIds } of people) {
        const ending = byProducer.get(producerId) ?? [];
        await this.notices.notify(tx, {
          userIds,
          kind: 'offers_ending',
          compose: (lang) => {
            const t = DIGEST_TEXTS[lang].ending;
            const f = figuresFormat(lang);
            const lines = ending.map((o) => t.until(translate(o.title, lang), f.day(o.validTo)));
            const url = `${this.config.publicBaseUrl}/app/producer/${producerId}/offers`;
            return {
              subject: t.subject(ending.length),
              text: [DIGEST_TEXTS[lang].hello, '', t.lead(ending[0].producerName), ...lines, '', t.extend(url)].join('\n'),
            };
          },
        });
      }
      return people.length;
    });
  }
}
