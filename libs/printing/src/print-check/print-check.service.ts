import { Inject, Injectable } from '@nestjs/common';
import { openSeasonOf } from '#association';
import { APP_CONFIG, todayIn, type Actor, type AppConfig } from '#common';
import { TerritoriesService, type Territory } from '#directory';
import { DESCRIPTION_MAX_LINES, descriptionLines } from '../brochures/brochure-renderer.js';
import { publicLinks } from '../qr/public-links.js';
import { findPrintProblems } from './print-check-rules.js';
import { PrintCheckQueries, type CheckedProducer } from './print-check.queries.js';
import type { PrintCheck } from './print-problem.js';

/** The territory's data checked before printing: what its brochures would print wrong or leave out. */
@Injectable()
export class PrintCheckService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: PrintCheckQueries,
    private readonly territories: TerritoriesService,
  ) {}

  /** The check, for a coordinator of the territory. */
  async check(territoryId: string, actor: Actor): Promise<PrintCheck> {
    return this.checkTerritory(await this.territories.assertCoordinates(territoryId, actor));
  }

  async checkTerritory(territory: Territory): Promise<PrintCheck> {
    const today = todayIn(territory.timeZone);
    const [season, producers, accommodations, offers] = await Promise.all([
      openSeasonOf(this.queries.dataSource, territory.id),
      this.queries.producers(territory.id, today),
      this.queries.accommodations(territory.id),
      this.queries.offers(territory.id),
    ]);
    const problems = findPrintProblems({
      territoryId: territory.id,
      today,
      season: season ?? null,
      producers,
      accommodations,
      offers,
      descriptionLines: this.descriptionLines(producers),
      maxDescriptionLines: DESCRIPTION_MAX_LINES,
    });
    return { territoryId: territory.id, checkedOn: today, season: season ? { id: season.id, name: season.name, endsOn: season.endsOn } : null, problems };
  }

  /** Each description as both formats of the brochure lay it out, in each language it is written in: its most lines. */
  private descriptionLines(producers: CheckedProducer[]): Map<string, { lang: 'fr' | 'en'; lines: number }[]> {
    const urls = producers.map((p) => publicLinks.producer(this.config.publicBaseUrl, p.code));
    const texts = (['fr', 'en'] as const).flatMap((lang) =>
      producers.flatMap((p) => {
        const text = p.description[lang]?.trim();
        return text ? [{ id: p.id, lang, text }] : [];
      }),
    );
    const [a4, a5] = (['A4', 'A5'] as const).map((format) =>
      descriptionLines(
        texts.map((t) => t.text),
        urls,
        format,
      ),
    );
    const lines = new Map<string, { lang: 'fr' | 'en'; lines: number }[]>();
    texts.forEach((t, i) => lines.set(t.id, [...(lines.get(t.id) ?? []), { lang: t.lang, lines: Math.max(a4[i], a5[i]) }]));
    return lines;
  }
}
