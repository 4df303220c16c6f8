import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { escapeMailHtml, Notices, type NoticeMail, type ReaderLanguage } from '#accounts';
import { Actor, APP_CONFIG, translate, type AppConfig } from '#common';
import { queryRows } from '#database';
import { FiguresService, figuresFormat, type FiguresPeriod, type NamedCount } from '#insights';
import { DIGEST_TEXTS } from './digest-texts.js';
import { claimSends } from './scheduled-sends.js';
import { addDays, type TerritoryTime } from './territory-times.js';

/** The hour (the territory's time) from which the day's sends go out: last week's digest on Monday, unless no instance ran then. */
export const DIGEST_HOUR = 7;

interface Line {
  name: string;
  redemptions: number;
  declaredSpendingCents: number;
}

interface Section {
  /** An accommodation's name, or none for a producer's offers. */
  title?: string;
  lines: Line[];
}

/**
 * On Monday morning (the territory's time zone), last week's uses: each producer's people get the
 * uses of its offers (per offer, amounts declared), each host the uses of the guests of its
 * accommodations (per accommodation, per producer). Nobody is told about a week without a use.
 * One row per territory and week (scheduled_sends) makes it once, whatever the instances.
 */
@Injectable()
export class WeeklyDigestSends {
  private readonly system = Actor.system();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notices: Notices,
    private readonly figures: FiguresService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Answers how many readers' digests were written (none when another instance did it). */
  async send(time: TerritoryTime): Promise<number> {
    const period = { from: addDays(time.monday, -7), to: addDays(time.monday, -1) };
    return this.dataSource.transaction(async (tx) => {
      const claimed = await claimSends(tx, 'weekly_digest', [`${time.territoryId}:${time.monday}`]);
      if (claimed.size === 0) return 0;
      return (await this.toProducers(tx, time.territoryId, period)) + (await this.toHosts(tx, time.territoryId, period));
    });
  }

  private async toProducers(tx: EntityManager, territoryId: string, period: FiguresPeriod): Promise<number> {
    const producers = await queryRows<{ producerId: string; userIds: string[] }>(
      tx,
      `SELECT producer_id AS "producerId", array_agg(DISTINCT user_id) AS "userIds" FROM memberships
        WHERE territory_id = $1 AND role = 'producer' AND status = 'active' GROUP BY producer_id ORDER BY producer_id`,
      [territoryId],
    );
    let told = 0;
    for (const { producerId, userIds } of producers) {
      const figures = await this.figures.forProducer(this.system, producerId, period);
      if (figures.redemptions === 0) continue;
      const used = figures.byOffer.filter((offer) => offer.redemptions > 0);
      const url = `${this.config.publicBaseUrl}/app/producer/${producerId}/figures`;
      const outcome = await this.notices.notify(tx, {
        userIds,
        kind: 'weekly_digest',
        compose: (lang) => {
          const t = DIGEST_TEXTS[lang].producer;
          const offers = used.map((offer) => ({ ...offer, name: translate(offer.title, lang) }));
          return this.digest(lang, period, figures, { subject: t.subject, lead: t.lead, more: t.more(url) }, [{ title: t.byOffer, lines: offers }]);
        },
      });
      told += outcome.noticed;
    }
    return told;
  }

  private async toHosts(tx: EntityManager, territoryId: string, period: FiguresPeriod): Promise<number> {
    const hosts = await queryRows<{ userId: string; accommodations: { id: string; name: string }[] }>(
      tx,
      `SELECT m.user_id AS "userId", json_agg(DISTINCT jsonb_build_object('id', a.id, 'name', a.name)) AS accommodations
         FROM memberships m JOIN host_accommodations ha ON ha.membership_id = m.id JOIN accommodations a ON a.id = ha.accommodation_id
        WHERE m.territory_id = $1 AND m.role = 'host' AND m.status = 'active' GROUP BY m.user_id ORDER BY m.user_id`,
      [territoryId],
    );
    let told = 0;
    // an accommodation run by several hosts is counted once for all of them
    const figuresOf = new Map<string, ReturnType<FiguresService['forAccommodation']>>();
    const accommodationFigures = (id: string) => {
      let figures = figuresOf.get(id);
      if (!figures) figuresOf.set(id, (figures = this.figures.forAccommodation(this.system, id, period)));
      return figures;
    };
    for (const { userId, accommodations } of hosts) {
      const sections: Section[] = [];
      const totals = { redemptions: 0, declaredSpendingCents: 0 };
      for (const accommodation of accommodations.sort((a, b) => a.name.localeCompare(b.name, 'fr'))) {
        const figures = await accommodationFigures(accommodation.id);
        if (figures.redemptions === 0) continue;
        totals.redemptions += figures.redemptions;
        totals.declaredSpendingCents += figures.declaredSpendingCents;
        sections.push({ title: accommodation.name, lines: figures.byProducer.filter((producer: NamedCount) => producer.redemptions > 0) });
      }
      if (totals.redemptions === 0) continue;
      const url = `${this.config.publicBaseUrl}/app/host`;
      const outcome = await this.notices.notify(tx, {
        userIds: [userId],
        kind: 'weekly_digest',
        compose: (lang) => {
          const t = DIGEST_TEXTS[lang].host;
          return this.digest(lang, period, totals, { subject: t.subject, lead: t.lead, more: t.more(url) }, sections);
        },
      });
      told += outcome.noticed;
    }
    return told;
  }

  /** A digest's text and HTML: the week's total, then each section's lines (a name, its uses, the amounts declared). */
  private digest(
    lang: ReaderLanguage,
    period: FiguresPeriod,
    totals: Omit<Line, 'name'>,
    words: { subject: (period: string, uses: string) => string; lead: (period: string, times: string, amount: string) => string; more: string },
    sections: Section[],
  ): NoticeMail {
    const t = DIGEST_TEXTS[lang];
    const f = figuresFormat(lang);
    const uses = (n: number) => t.uses(f.count(n), n === 1);
    const week = f.day(period.from);
    const lead = words.lead(week, t.times(f.count(totals.redemptions), totals.redemptions === 1), f.money(totals.declaredSpendingCents));
    const lineOf = (line: Line) => t.line(line.name, uses(line.redemptions), f.money(line.declaredSpendingCents));
    const text = [
      t.hello,
      '',
      lead,
      ...sections.flatMap((s) => ['', ...(s.title ? [s.title] : []), ...s.lines.map((line) => `- ${lineOf(line)}`)]),
      '',
      words.more,
    ];
    const html = [
      `<p>${escapeMailHtml(t.hello)}</p>`,
      `<p>${escapeMailHtml(lead)}</p>`,
      ...sections.map(
        (s) => `${s.title ? `<h3>${escapeMailHtml(s.title)}</h3>` : ''}<ul>${s.lines.map((line) => `<li>${escapeMailHtml(lineOf(line))}</li>`).join('')}</ul>`,
      ),
      `<p>${escapeMailHtml(words.more)}</p>`,
    ];
    return { subject: words.subject(week, uses(totals.redemptions)), text: text.join('\n'), html: html.join('\n') };
  }
}
