import { Injectable } from '@nestjs/common';
import { todayIn, type Actor } from '#common';
import { TerritoriesService, type ShowcaseProducer } from '#directory';
import { EditionsService, type CreateEditionDto, type EditionDetailView, type EditionSnapshot } from '#insights';
import { BrochuresService } from '../brochures/brochures.service.js';
import { offerPhrase } from '../brochures/offer-phrase.js';

/** What a brochure printed now in `lang` says: each producer and offer with the one phrase printed for it. */
export function snapshotOf(date: string, producers: ShowcaseProducer[], lang: 'fr' | 'en'): EditionSnapshot {
  return {
    date,
    producers: producers.map((producer) => ({
      id: producer.id,
      name: producer.name,
      offers: producer.offers.map((offer) => ({ id: offer.id, title: offer.title, phrase: offerPhrase(offer, lang), validTo: offer.validTo })),
    })),
  };
}

/**
 * Making an edition: printing knows what a brochure holds (the season's confirmed offers, on its
 * first day), insights keeps it numbered and frozen.
 */
@Injectable()
export class EditionPrinting {
  constructor(
    private readonly brochures: BrochuresService,
    private readonly territories: TerritoriesService,
    private readonly editions: EditionsService,
  ) {}

  async create(territoryId: string, dto: CreateEditionDto, actor: Actor): Promise<EditionDetailView> {
    const territory = await this.territories.assertCoordinates(territoryId, actor);
    const { date, producers } = await this.brochures.printSelection(territoryId, territory.timeZone);
    return this.editions.create(territoryId, dto, snapshotOf(date, producers, dto.lang), todayIn(territory.timeZone), actor);
  }
}
